package io.gazette.article;

import io.gazette.api.ProblemException;
import io.gazette.author.Author;
import io.gazette.story.ArticleCards;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of {@code GET /api/v1/articles}, by slug in the list's language; an unknown slug is a
 * 400 naming its parameter (a typo must not look like an empty section).
 *
 * @param section a section's slug, or null
 * @param tag a tag's slug, or null
 * @param author an author's slug, or null
 * @param mustRead only must-reads ({@code true}), only the others ({@code false}), or all (null)
 */
public record ArticleFilter(String section, String tag, String author, Boolean mustRead) {

  /** A condition on {@code a} (article) and {@code s} (story) with its parameters. */
  record Condition(String where, Map<String, Object> params) {}

  /** The condition for {@code lang}; reads the slugs, so it runs inside a transaction. */
  Condition condition(String lang) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (section != null) {
      Section found = Section.findBySlug(lang, section).orElseThrow(() -> unknown("section"));
      where.add("s.section.id = :section");
      params.put("section", found.id);
    }
    if (tag != null) {
      Tag found = Tag.findBySlug(lang, tag).orElseThrow(() -> unknown("tag"));
      published(lang, "tag", ArticleCards.TAGGED, found.id);
      where.add(ArticleCards.TAGGED.replace(":id", ":tag"));
      params.put("tag", found.id);
    }
    if (author != null) {
      Author found = Author.findBySlug(author).orElseThrow(() -> unknown("author"));
      published(lang, "author", "s.author.id = :id", found.id);
      where.add("s.author.id = :author");
      params.put("author", found.id);
    }
    if (mustRead != null) {
      where.add("s.mustRead = :mustRead");
      params.put("mustRead", mustRead);
    }
    return new Condition(where.isEmpty() ? "1 = 1" : String.join(" and ", where), params);
  }

  /**
   * A tag or author with no published article in the language is refused as an unknown one: the
   * answer must not confirm what unpublished stories are about or who wrote them.
   */
  private static void published(String lang, String parameter, String filter, long id) {
    if (ArticleCards.count(lang, filter, Map.of("id", id)) == 0) {
      throw unknown(parameter);
    }
  }

  private static ProblemException unknown(String parameter) {
    return ProblemException.invalidParameter(
        parameter, "unknown", "No " + parameter + " has this slug in the requested language.");
  }
}
