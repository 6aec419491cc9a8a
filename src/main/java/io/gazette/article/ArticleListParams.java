package io.gazette.article;

import io.gazette.api.LangParam;
import jakarta.ws.rs.QueryParam;
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
  public Boolean mustRead;

  /** The filters; blank parameters count as absent. */
  public ArticleFilter filter() {
    return new ArticleFilter(blankless(section), blankless(tag), blankless(author), mustRead);
  }

  private static String blankless(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
