package io.gazette.article;

import io.gazette.api.LangParam;
import io.gazette.api.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/articles} besides paging, as a {@code @BeanParam}. */
public class ArticleListParams {

  @QueryParam("lang")
  @Parameter(description = LangParam.DESCRIPTION, example = "fr")
  public String lang;

  @QueryParam("section")
  @Parameter(
      description = "Only this section: its slug in the list's language (see /api/v1/sections).",
      example = "monde")
  public String section;

  @QueryParam("tag")
  @Parameter(
      description = "Only this tag: its slug in the list's language (see /api/v1/tags).",
      example = "russie")
  public String tag;

  @QueryParam("author")
  @Parameter(
      description = "Only this author: their slug (see /api/v1/authors).",
      example = "priya-ramdhony")
  public String author;

  @QueryParam("mustRead")
  @Parameter(
      description = "true: only must-reads; false: only the others; absent: all.",
      schema = @Schema(type = SchemaType.BOOLEAN),
      example = "true")
  public String mustRead;

  /** The filters; blank parameters count as absent, a bad {@code mustRead} is a 400. */
  public ArticleFilter filter() {
    return new ArticleFilter(blankless(section), blankless(tag), blankless(author), flag());
  }

  private Boolean flag() {
    String raw = blankless(mustRead);
    if (raw == null) {
      return null;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw ProblemException.invalidParameter(
              "mustRead", "not-a-boolean", "The parameter 'mustRead' must be true or false.");
    };
  }

  private static String blankless(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
