package io.gazette.comment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the app sends to comment on an article. Any other field (a {@code status}, say) is ignored.
 *
 * @param name the name to show, 1 to 100 characters
 * @param email never shown to readers, at most 254 characters
 * @param body plain text, 1 to 5,000 characters
 * @param parentId the approved comment of the same article it replies to, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CommentPost", description = "A new comment; it waits for a moderator.")
public record CommentPostJson(
    @Schema(required = true, maxLength = 100, example = "Priya Ramdin") String name,
    @Schema(
            required = true,
            maxLength = 254,
            description = "Never shown to readers.",
            example = "priya@example.mu")
        String email,
    @Schema(
            required = true,
            maxLength = 5000,
            description = "Plain text; characters are counted as readers count them.",
            example = "Enfin ! Le quai nord en avait besoin.")
        String body,
    @Schema(description = "An approved comment of the same article.", example = "312")
        Long parentId) {

  /** A request example for the OpenAPI document. */
  static final String EXAMPLE =
      "{\"name\": \"Priya Ramdin\", \"email\": \"priya@example.mu\", "
          + "\"body\": \"Enfin ! Le quai nord en avait besoin.\"}";

  /** A reply example for the OpenAPI document. */
  static final String REPLY_EXAMPLE =
      "{\"name\": \"Jean Li\", \"email\": \"jean@example.mu\", "
          + "\"body\": \"Et le quai sud ?\", \"parentId\": 312}";

  /** The submission the comment service checks; a missing field is an empty one. */
  CommentSubmission submission(long articleId) {
    return new CommentSubmission(articleId, parentId, name, email, body);
  }
}
