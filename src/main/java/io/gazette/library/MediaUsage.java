package io.gazette.library;

import io.gazette.story.Article;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Finds the stories that use a picture, as their lead image or in a body. */
@ApplicationScoped
public class MediaUsage {

  /** The attribute an inline figure names its picture by, as the editor inserts it. */
  static String inlineMark(long assetId) {
    return "data-media-id=\"" + assetId + "\"";
  }

  /** Every use of the picture, leads first, each language version once per place. */
  public List<Usage> of(long assetId) {
    List<Usage> uses = new ArrayList<>();
    List<Article> leads = Article.list("story.leadImage.id = ?1 order by story.id, lang", assetId);
    leads.forEach(a -> uses.add(usage(a, Usage.Place.LEAD)));
    List<Article> inline =
        Article.list("bodyHtml like ?1 order by story.id, lang", "%" + inlineMark(assetId) + "%");
    inline.forEach(a -> uses.add(usage(a, Usage.Place.INLINE)));
    return uses;
  }

  /** Whether anything uses the picture. */
  public boolean used(long assetId) {
    return Story.count("leadImage.id", assetId) > 0
        || Article.count("bodyHtml like ?1", "%" + inlineMark(assetId) + "%") > 0;
  }

  private static Usage usage(Article article, Usage.Place place) {
    return new Usage(article.story.id, article.id, article.lang, article.title, place);
  }
}
