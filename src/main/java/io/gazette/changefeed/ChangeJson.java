package io.gazette.changefeed;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the change feed.
 *
 * @param type {@code upsert}: store this article (replacing any older copy); {@code delete}: drop
 *     it, readers no longer see it
 * @param id the article
 * @param lang its language
 * @param article the article, on upserts only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change", description = "An article to store (upsert) or to drop (delete).")
public record ChangeJson(
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"upsert", "delete"})
        String type,
    @Schema(example = "42") long id,
    @Schema(example = "fr") String lang,
    @Schema(description = "On upserts only.") ArticleFeedJson article) {

  static ChangeJson upsert(ArticleFeedJson article) {
    return new ChangeJson("upsert", article.id(), article.lang(), article);
  }

  static ChangeJson delete(long id, String lang) {
    return new ChangeJson("delete", id, lang, null);
  }
}
