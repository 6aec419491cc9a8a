package io.gazette.comment;

import io.gazette.i18n.NameIsolation;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a comment's plain text is shown: escaped, line breaks kept, web links made clickable. */
@TemplateExtension
public final class CommentExtensions {

  // A link ends before trailing punctuation: "see https://example.com." links without the dot.
  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s<>\"']*[^\\s<>\"'.,;:!?()\\[\\]]");

  private CommentExtensions() {}

  /** The comment's text as safe HTML. */
  public static RawString bodyHtml(CommentView comment) {
    String text = comment.body();
    StringBuilder html = new StringBuilder(text.length() + 32);
    Matcher link = LINK.matcher(text);
    int from = 0;
    while (link.find()) {
      html.append(escapeWithBreaks(text.substring(from, link.start())));
      String url = NameIsolation.escape(link.group());
      html.append("<a href=\"")
          .append(url)
          .append("\" rel=\"nofollow ugc\">")
          .append(url)
          .append("</a>");
      from = link.end();
    }
    html.append(escapeWithBreaks(text.substring(from)));
    return new RawString(html.toString());
  }

  private static String escapeWithBreaks(String text) {
    return NameIsolation.escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
  }
}
