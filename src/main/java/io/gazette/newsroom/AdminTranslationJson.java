package io.gazette.newsroom;

import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new language version of an article's story; section, tags and flags come from the story. */
@Schema(name = "AdminTranslation")
public record AdminTranslationJson(
    @Schema(required = true, example = "en") String lang,
    @Schema(required = true, example = "Port Louis harbour is being modernised") String title,
    @Schema(description = "Generated from the title when left out.") String slug,
    String standfirst,
    @Schema(required = true) String bodyHtml) {

  /** A request example for the OpenAPI document. */
  static final String EXAMPLE =
      "{\"lang\": \"en\", \"title\": \"Port Louis harbour is being modernised\", "
          + "\"standfirst\": \"Two new quays by 2027.\", "
          + "\"bodyHtml\": \"<p>Work starts in March.</p>\"}";

  /** The draft of the translation, with the story's section, tags and flags. */
  ArticleDraft draft(ArticleSnapshot source, List<String> storyTags) {
    return new ArticleDraft(
        title,
        slug,
        standfirst,
        bodyHtml == null ? "" : bodyHtml,
        source.sectionId(),
        storyTags,
        source.mustRead(),
        source.commentsOpen());
  }
}
