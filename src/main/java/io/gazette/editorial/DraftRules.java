package io.gazette.editorial;

import io.gazette.i18n.Slugs;
import io.gazette.story.Article;
import io.gazette.story.SlugRedirect;
import io.gazette.taxonomy.Section;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks an article form before anything is written; answers field to message key. */
final class DraftRules {

  static final int TITLE_MAX = 300;
  static final int STANDFIRST_MAX = 1000;
  static final int BODY_MAX = 200_000;

  private DraftRules() {}

  static Map<String, String> errors(ArticleDraft draft, String lang, Long articleId) {
    Map<String, String> errors = new LinkedHashMap<>();
    String title = trimmed(draft.title());
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      errors.put("title", "errorTitle");
    }
    if (trimmed(draft.standfirst()).length() > STANDFIRST_MAX) {
      errors.put("standfirst", "errorStandfirst");
    }
    if (draft.bodyHtml() != null && draft.bodyHtml().length() > BODY_MAX) {
      errors.put("body", "errorBodyLength");
    }
    if (draft.sectionId() == null || Section.findById(draft.sectionId()) == null) {
      errors.put("section", "errorSection");
    }
    String slug = trimmed(draft.slug());
    if (!slug.isEmpty() && !slug.equals(Slugs.of(slug))) {
      errors.put("slug", "errorSlugFormat");
    } else if (!slug.isEmpty() && slugTakenByAnother(lang, slug, articleId)) {
      errors.put("slug", "errorSlugTaken");
    }
    return errors;
  }

  static String trimmed(String text) {
    return text == null ? "" : text.strip();
  }

  private static boolean slugTakenByAnother(String lang, String slug, Long articleId) {
    long articles =
        Article.count(
            "lang = ?1 and slug = ?2 and id <> ?3",
            lang,
            slug,
            articleId == null ? -1L : articleId);
    long redirects =
        SlugRedirect.count(
            "lang = ?1 and slug = ?2 and article.id <> ?3",
            lang,
            slug,
            articleId == null ? -1L : articleId);
    return articles + redirects > 0;
  }
}
