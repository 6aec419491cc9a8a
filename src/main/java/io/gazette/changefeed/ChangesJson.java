package io.gazette.changefeed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the change feed.
 *
 * @param items the changes after the cursor, oldest first
 * @param next the cursor to send as {@code since} next time; the same one when nothing changed
 */
@Schema(name = "Changes", description = "Changes in order, and where to continue.")
public record ChangesJson(List<ChangeJson> items, @Schema(example = "djE6MTI4") String next) {}
