package io.gazette.lead;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.editorial.Permissions;
import io.gazette.media.MediaAsset;
import io.gazette.story.Article;
import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/** A story's lead image, set or taken away by a member who may edit the story. */
@ApplicationScoped
public class LeadImages {

  private final ChangeFeed changes;
  private final PageCache pages;

  LeadImages(ChangeFeed changes, PageCache pages) {
    this.changes = changes;
    this.pages = pages;
  }

  /** Makes the picture the lead image of the article's story ({@code assetId} null: none). */
  @Transactional
  public Story set(SignedIn member, long articleId, Long assetId) {
    Article article = Article.findById(articleId);
    if (article == null) {
      throw new NotFoundException();
    }
    Permissions.requireEdit(member, article);
    MediaAsset asset = assetId == null ? null : MediaAsset.findById(assetId);
    if (assetId != null && asset == null) {
      throw new NotFoundException();
    }
    Story story = article.story;
    story.leadImage = asset;
    changes.record(story);
    pages.invalidateAll();
    String detail = asset == null ? "lead image removed" : "lead image media " + asset.id;
    AuditEntry.record(member.username(), "lead-image", article.id, detail);
    return story;
  }

  /** The same for a story: any of its versions the member may edit grants it. */
  @Transactional
  public Story setForStory(SignedIn member, long storyId, Long assetId) {
    Story story = Story.findById(storyId);
    if (story == null || story.articles.isEmpty()) {
      throw new NotFoundException();
    }
    return set(member, story.articles.get(0).id, assetId);
  }

  /** The article being given a lead image from the grid, if the member may edit it. */
  @Transactional
  public Optional<LeadPick> pick(SignedIn member, String articleId) {
    if (articleId == null || !articleId.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    Article article = Article.findById(Long.parseLong(articleId));
    if (article == null || !Permissions.mayEdit(member, article)) {
      return Optional.empty();
    }
    return Optional.of(new LeadPick(article.id, article.title));
  }
}
