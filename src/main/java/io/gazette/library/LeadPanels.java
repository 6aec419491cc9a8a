package io.gazette.library;

import io.gazette.i18n.Languages;
import io.gazette.media.MediaImages;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** Reads the lead image panel the article form shows, as {@code inject:leadPanels}. */
@Named("leadPanels")
@ApplicationScoped
public class LeadPanels {

  private final MediaImages images;
  private final Languages languages;

  LeadPanels(MediaImages images, Languages languages) {
    this.images = images;
    this.languages = languages;
  }

  /** The panel of an article: its story's lead image in the article's language. */
  @Transactional
  public LeadPanel of(long articleId) {
    Article article = Article.findById(articleId);
    if (article == null || article.story.leadImage == null) {
      return new LeadPanel(articleId, null, false, "");
    }
    var image = images.one(article.story.leadImage.id, article.lang).orElse(null);
    String name = languages.find(article.lang).map(l -> l.name()).orElse(article.lang);
    return new LeadPanel(articleId, image, image != null && image.alt().isEmpty(), name);
  }
}
