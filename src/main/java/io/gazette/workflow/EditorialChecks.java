package io.gazette.workflow;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What an editor should see before publishing: repeated paragraphs (the seed page's own flaw) and
 * pictures without alt text in the article's language block; an empty standfirst, a long headline,
 * insecure links or a must-read story missing in one of the site's languages only warn.
 */
@ApplicationScoped
public class EditorialChecks {

  public static final int HEADLINE_MAX = 110;
  private static final int SHORTEST_REPEAT = 20;

  private final Languages languages;

  EditorialChecks(Languages languages) {
    this.languages = languages;
  }

  /** The checks for an article, inside the caller's transaction. */
  public List<EditorialCheck> run(Article article) {
    List<EditorialCheck> checks = new ArrayList<>(repeatedParagraphs(article.bodyHtml));
    checks.addAll(picturesWithoutAlt(article));
    if (article.standfirst == null || article.standfirst.isBlank()) {
      checks.add(new EditorialCheck(EditorialCheck.Kind.EMPTY_STANDFIRST, false, null));
    }
    if (article.title.length() > HEADLINE_MAX) {
      checks.add(new EditorialCheck(EditorialCheck.Kind.LONG_HEADLINE, false, article.title));
    }
    for (Element link : Jsoup.parseBodyFragment(article.bodyHtml).select("a[href^=http:]")) {
      checks.add(new EditorialCheck(EditorialCheck.Kind.INSECURE_LINK, false, link.attr("href")));
    }
    if (article.story.mustRead) {
      checks.addAll(missingLanguages(article));
    }
    return checks;
  }

  static List<EditorialCheck> repeatedParagraphs(String bodyHtml) {
    List<EditorialCheck> repeats = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element block :
        Jsoup.parseBodyFragment(bodyHtml).select("p, div, blockquote, li, h2, h3, h4")) {
      String text = block.ownText().strip().replaceAll("\\s+", " ");
      if (text.length() >= SHORTEST_REPEAT && !seen.add(text)) {
        repeats.add(new EditorialCheck(EditorialCheck.Kind.REPEATED_PARAGRAPH, true, text));
      }
    }
    return repeats;
  }

  /** A picture readers of the language cannot hear described: the lead one or one in the body. */
  static List<EditorialCheck> picturesWithoutAlt(Article article) {
    List<EditorialCheck> found = new ArrayList<>();
    if (article.story.leadImage != null && article.story.leadImage.alt(article.lang).isBlank()) {
      found.add(new EditorialCheck(EditorialCheck.Kind.LEAD_IMAGE_WITHOUT_ALT, true, article.lang));
    }
    for (Element img : Jsoup.parseBodyFragment(article.bodyHtml).select("img")) {
      if (img.attr("alt").isBlank()) {
        found.add(
            new EditorialCheck(
                EditorialCheck.Kind.INLINE_IMAGE_WITHOUT_ALT, true, img.attr("src")));
      }
    }
    return found;
  }

  private List<EditorialCheck> missingLanguages(Article article) {
    Set<String> present = new HashSet<>();
    present.add(article.lang);
    for (Article version : Article.listPublishedVersions(article.story)) {
      present.add(version.lang);
    }
    List<EditorialCheck> missing = new ArrayList<>();
    for (Language language : languages.all()) {
      if (!present.contains(language.code())) {
        missing.add(
            new EditorialCheck(
                EditorialCheck.Kind.MUST_READ_MISSING_LANGUAGE, false, language.code()));
      }
    }
    return missing;
  }
}
