package io.gazette.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A section, tag or author as an article names it: in the article's language.
 *
 * @param name the name to show
 * @param slug its slug, for the list filters and reader URLs
 */
@Schema(name = "Label", description = "A name and its slug, in the article's language.")
public record LabelJson(
    @Schema(required = true, example = "Monde") String name,
    @Schema(required = true, example = "monde") String slug) {}
