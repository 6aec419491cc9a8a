package io.gazette.newsroom;

import io.gazette.api.Problem;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create an article ({@code POST}) or change it ({@code PUT}). On {@code
 * PUT}, fields left out keep their current value and {@code lang} is ignored.
 */
@Schema(name = "AdminArticleWrite")
public record AdminArticleWriteJson(
    @Schema(description = "Language of a new story's first version.", example = "fr") String lang,
    @Schema(required = true, maxLength = 300, example = "Le port de Port-Louis se modernise")
        String title,
    @Schema(description = "Generated from the title when left out.") String slug,
    @Schema(maxLength = 1000) String standfirst,
    @Schema(required = true, description = "HTML; sanitized before it is stored.") String bodyHtml,
    @Schema(required = true) Long sectionId,
    @Schema(description = "Tag names in the article's language; unknown ones are created.")
        List<String> tags,
    @Schema(defaultValue = "false") Boolean mustRead,
    @Schema(defaultValue = "true") Boolean commentsOpen) {

  /** A request example for the OpenAPI document. */
  static final String EXAMPLE =
      "{\"lang\": \"fr\", \"title\": \"Le port de Port-Louis se modernise\", "
          + "\"standfirst\": \"Deux nouveaux quais d'ici 2027.\", "
          + "\"bodyHtml\": \"<p>Les travaux commencent en mars.</p>\", \"sectionId\": 1, "
          + "\"tags\": [\"Économie\"], \"mustRead\": false, \"commentsOpen\": true}";

  /** The draft of a new story's first version; left-out fields take the form's defaults. */
  ArticleDraft draft() {
    return new ArticleDraft(
        title,
        slug,
        standfirst,
        bodyHtml == null ? "" : bodyHtml,
        sectionId,
        tags == null ? List.of() : tags,
        mustRead != null && mustRead,
        commentsOpen == null || commentsOpen);
  }

  /** The draft that replaces {@code current}: left-out fields keep their current value. */
  ArticleDraft over(ArticleSnapshot current) {
    return new ArticleDraft(
        title == null ? current.title() : title,
        slug == null ? current.slug() : slug,
        standfirst == null ? current.standfirst() : standfirst,
        bodyHtml == null ? current.bodyHtml() : bodyHtml,
        sectionId == null ? current.sectionId() : sectionId,
        tags == null ? current.tags() : tags,
        mustRead == null ? current.mustRead() : mustRead,
        commentsOpen == null ? current.commentsOpen() : commentsOpen);
  }

  /** The service's field errors (form field to message key) as JSON fields and stable codes. */
  static List<Problem.FieldError> errors(Map<String, String> errors) {
    return errors.entrySet().stream()
        .map(e -> new Problem.FieldError(FIELDS.getOrDefault(e.getKey(), e.getKey()), code(e)))
        .toList();
  }

  private static final Map<String, String> FIELDS =
      Map.of("body", "bodyHtml", "section", "sectionId");

  private static final Map<String, String> CODES =
      Map.of(
          "errorTitle", "required-or-too-long",
          "errorStandfirst", "too-long",
          "errorBodyLength", "too-long",
          "errorSection", "unknown-section",
          "errorSlugFormat", "invalid-format",
          "errorSlugTaken", "taken",
          "errorLanguage", "unknown-language",
          "errorTranslationExists", "translation-exists");

  private static String code(Map.Entry<String, String> error) {
    return CODES.getOrDefault(error.getValue(), "invalid");
  }
}
