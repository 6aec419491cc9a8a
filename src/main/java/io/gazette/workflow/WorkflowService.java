package io.gazette.workflow;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.Permissions;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * Moves articles through the workflow: authors submit; editors publish now or later, unpublish or
 * send back. Every change is audited; a stale version changes nothing.
 */
@ApplicationScoped
public class WorkflowService {

  /** How a publishing attempt ended. */
  public sealed interface Outcome {
    record Done(ArticleSnapshot article, List<EditorialCheck> warnings) implements Outcome {}

    record Blocked(List<EditorialCheck> checks) implements Outcome {}

    record Stale(ArticleSnapshot current) implements Outcome {}
  }

  private final EditorialChecks checks;
  private final PageCache pages;
  private final ChangeFeed changes;

  WorkflowService(EditorialChecks checks, PageCache pages, ChangeFeed changes) {
    this.checks = checks;
    this.pages = pages;
    this.changes = changes;
  }

  @Transactional
  public Outcome submit(SignedIn member, long id, int version) {
    Article article = Article.findLocked(id).orElseThrow(NotFoundException::new);
    Permissions.requireEdit(member, article);
    return move(member, article, version, ArticleStatus.DRAFT, ArticleStatus.REVIEW, "submit");
  }

  @Transactional
  public Outcome sendBack(SignedIn member, long id, int version) {
    Permissions.requireEditor(member);
    Article article = Article.findLocked(id).orElseThrow(NotFoundException::new);
    return move(member, article, version, ArticleStatus.REVIEW, ArticleStatus.DRAFT, "send-back");
  }

  @Transactional
  public Outcome unpublish(SignedIn member, long id, int version) {
    Permissions.requireEditor(member);
    Article article = Article.findLocked(id).orElseThrow(NotFoundException::new);
    if (article.version != version) {
      return new Outcome.Stale(ArticleSnapshot.of(article));
    }
    article.status = ArticleStatus.UNPUBLISHED;
    article.scheduledAt = null;
    return done(member, article, "unpublish", List.of());
  }

  /** Publishes now ({@code at} null or past) or schedules; blocking checks need an override. */
  @Transactional
  public Outcome publish(SignedIn member, long id, int version, Instant at, boolean override) {
    Permissions.requireEditor(member);
    Article article = Article.findLocked(id).orElseThrow(NotFoundException::new);
    if (article.version != version) {
      return new Outcome.Stale(ArticleSnapshot.of(article));
    }
    List<EditorialCheck> found = checks.run(article);
    if (!override && found.stream().anyMatch(EditorialCheck::blocking)) {
      return new Outcome.Blocked(found);
    }
    if (at != null && at.isAfter(Instant.now())) {
      article.status = ArticleStatus.SCHEDULED;
      article.scheduledAt = at;
      return done(member, article, "schedule", found);
    }
    goLive(article);
    return done(member, article, override ? "publish-override" : "publish", found);
  }

  /** Publishes every scheduled article whose time has come; returns how many. */
  @Transactional
  public int publishDue(Instant now) {
    List<Article> due =
        Article.list("status = ?1 and scheduledAt <= ?2", ArticleStatus.SCHEDULED, now);
    for (Article article : due) {
      goLive(article);
      AuditEntry.record(
          "scheduler", "publish-scheduled", article.id, article.lang + " " + article.slug);
      changes.record(article);
    }
    if (!due.isEmpty()) {
      pages.invalidateAll();
    }
    return due.size();
  }

  private static void goLive(Article article) {
    article.status = ArticleStatus.PUBLISHED;
    article.scheduledAt = null;
    if (article.publishedAt == null) {
      article.publishedAt = Instant.now();
    }
    article.publishedRevision = article.revision;
  }

  private Outcome move(
      SignedIn member,
      Article article,
      int version,
      ArticleStatus from,
      ArticleStatus to,
      String action) {
    if (article.version != version) {
      return new Outcome.Stale(ArticleSnapshot.of(article));
    }
    if (article.status != from) {
      throw new BadRequestException("the article is " + article.status + ", not " + from);
    }
    article.status = to;
    return done(member, article, action, List.of());
  }

  private Outcome done(
      SignedIn member, Article article, String action, List<EditorialCheck> warnings) {
    article.updatedAt = Instant.now();
    AuditEntry.record(member.username(), action, article.id, article.lang + " " + article.status);
    Article.flush();
    pages.invalidateAll();
    changes.record(article);
    return new Outcome.Done(ArticleSnapshot.of(article), warnings);
  }
}
