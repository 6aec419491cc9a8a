package io.gazette.translation;

import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The translation form as typed, with the message of each field that is wrong.
 *
 * @param formErrors messages that concern no single field (language, story's section)
 */
@TemplateData
public record TranslationForm(
    String title,
    String slug,
    String standfirst,
    String body,
    String titleError,
    String slugError,
    String standfirstError,
    String bodyError,
    List<String> formErrors) {

  /** An empty form. */
  public static TranslationForm empty() {
    return typed("", "", "", "");
  }

  /** The form as typed, without messages. */
  public static TranslationForm typed(String title, String slug, String standfirst, String body) {
    return new TranslationForm(
        orEmpty(title),
        orEmpty(slug),
        orEmpty(standfirst),
        orEmpty(body),
        null,
        null,
        null,
        null,
        List.of());
  }

  /** The same form with the messages for the service's error keys by field. */
  public TranslationForm withErrors(Map<String, String> errors, NewsroomMessages m) {
    List<String> others = new ArrayList<>();
    errors.forEach(
        (field, key) -> {
          if (!List.of("title", "slug", "standfirst", "body").contains(field)) {
            others.add(NewsroomWords.error(m, key));
          }
        });
    return new TranslationForm(
        title,
        slug,
        standfirst,
        body,
        message(errors, "title", m),
        message(errors, "slug", m),
        message(errors, "standfirst", m),
        message(errors, "body", m),
        others);
  }

  public boolean hasErrors() {
    return titleError != null
        || slugError != null
        || standfirstError != null
        || bodyError != null
        || !formErrors.isEmpty();
  }

  /**
   * The body as HTML: kept as typed when it holds markup; plain text becomes one paragraph per
   * block separated by a blank line, so that diffs and the reader page see paragraphs.
   */
  public String bodyHtml() {
    if (body.contains("<")) {
      return body;
    }
    StringBuilder html = new StringBuilder();
    for (String block : body.split("\\R\\s*\\R")) {
      String text = block.strip().replaceAll("\\s*\\R\\s*", " ");
      if (!text.isEmpty()) {
        html.append("<p>").append(Entities.escape(text)).append("</p>");
      }
    }
    return html.toString();
  }

  private static String message(Map<String, String> errors, String field, NewsroomMessages m) {
    String key = errors.get(field);
    return key == null ? null : NewsroomWords.error(m, key);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
