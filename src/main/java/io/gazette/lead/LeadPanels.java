package io.gazette.lead;

import io.gazette.i18n.Languages;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;

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

  /** The newest pictures of the library in the article's language, to insert in its text. */
  @Transactional
  public List<MediaImage> recent(long articleId) {
    Article article = Article.findById(articleId);
    if (article == null) {
      return List.of();
    }
    List<Long> ids =
        MediaAsset.<MediaAsset>find("order by createdAt desc, id desc").page(0, 12).list().stream()
            .map(asset -> asset.id)
            .toList();
    var images = this.images.in(ids, article.lang);
    return ids.stream().filter(images::containsKey).map(images::get).toList();
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
