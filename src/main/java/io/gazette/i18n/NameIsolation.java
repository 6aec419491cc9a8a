package io.gazette.i18n;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import java.util.regex.Pattern;

/**
 * Names shown inside the page's sentences, isolated so that their direction cannot spill over the
 * words around them: an Arabic name in a French sentence, or an old name stored with a
 * right-to-left override. In markup a name goes into a {@code <bdi>}; in an attribute or a title,
 * where no markup can go, between the first strong isolate and pop directional isolate characters
 * that {@code <bdi>} stands for.
 *
 * <p>A sentence takes the name as {@code nameSlot}, then {@code withName} puts it in its place:
 * {@code {reader:commentBy(nameSlot, date).withName(comment.authorName)}}.
 */
@TemplateExtension
public final class NameIsolation {

  /** Where {@link #withName} puts the name: a private use character no message holds. */
  @TemplateGlobal(name = "nameSlot")
  public static final String NAME_SLOT = "\uE000";

  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  private static final Pattern ISOLATES = Pattern.compile("[\u2066-\u2069]");

  private NameIsolation() {}

  /** The sentence as HTML, with the name in a {@code <bdi>} where the slot was. */
  public static RawString withName(String sentence, String name) {
    String isolated = "<bdi>" + escape(name == null ? "" : name) + "</bdi>";
    return new RawString(escape(sentence).replace(NAME_SLOT, isolated));
  }

  /**
   * The name between isolate characters, for attributes and titles; isolate characters of its own
   * are left out, since one of them could close the isolate early.
   */
  public static String isolated(String name) {
    String inside = name == null ? "" : ISOLATES.matcher(name).replaceAll("");
    return FIRST_STRONG_ISOLATE + inside + POP_DIRECTIONAL_ISOLATE;
  }

  /** The text escaped for HTML content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
