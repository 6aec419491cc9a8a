package io.gazette.breaking;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.editorial.Permissions;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * Breaking news: editors mark a story as breaking until a time; its published versions are then
 * pushed to the apps' streams and to webhooks, and so is any version published while it lasts.
 */
@ApplicationScoped
public class BreakingService {

  /**
   * A story's breaking state.
   *
   * @param storyId the story
   * @param until until when it is breaking; null when it is not
   * @param articles its published versions
   */
  public record State(long storyId, Instant until, List<BreakingNews> articles) {}

  private final Announcements announcements;

  BreakingService(Announcements announcements) {
    this.announcements = announcements;
  }

  /**
   * Marks the story as breaking until {@code until}. Its published versions are announced when it
   * was not breaking already; moving the end of a running alert announces nothing again.
   */
  @Transactional
  public State mark(SignedIn member, long storyId, Instant until) {
    Permissions.requireEditor(member);
    Story story = story(storyId);
    Instant now = Instant.now();
    boolean wasBreaking = story.breakingUntil != null && story.breakingUntil.isAfter(now);
    story.breakingUntil = until;
    AuditEntry.record(member.username(), "breaking", null, "story " + storyId + " until " + until);
    List<Article> published = Article.listPublishedVersions(story);
    if (!wasBreaking && until.isAfter(now)) {
      announcements.breaking(published);
    }
    return new State(storyId, until, published.stream().map(BreakingNews::of).toList());
  }

  /** Ends the story's alert now. */
  @Transactional
  public State clear(SignedIn member, long storyId) {
    Permissions.requireEditor(member);
    Story story = story(storyId);
    story.breakingUntil = null;
    AuditEntry.record(member.username(), "breaking-clear", null, "story " + storyId);
    List<Article> published = Article.listPublishedVersions(story);
    return new State(storyId, null, published.stream().map(BreakingNews::of).toList());
  }

  /** Until when the story is breaking, or null when it is not (or no longer). */
  @Transactional
  public Instant until(long storyId) {
    Instant until = story(storyId).breakingUntil;
    return until != null && until.isAfter(Instant.now()) ? until : null;
  }

  /** The published articles of breaking stories, newest alert end first; {@code lang} null: all. */
  @Transactional
  public List<BreakingNews> current(String lang) {
    String query =
        "select a from Article a join fetch a.story s where a.status = ?1 and s.breakingUntil > ?2"
            + (lang == null ? "" : " and a.lang = ?3")
            + " order by s.breakingUntil desc, a.id";
    List<Article> articles =
        lang == null
            ? Article.list(query, ArticleStatus.PUBLISHED, Instant.now())
            : Article.list(query, ArticleStatus.PUBLISHED, Instant.now(), lang);
    return articles.stream().map(BreakingNews::of).toList();
  }

  private static Story story(long storyId) {
    Story story = Story.findById(storyId);
    if (story == null) {
      throw new NotFoundException();
    }
    return story;
  }
}
