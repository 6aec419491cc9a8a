package io.gazette.revision;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.Permissions;
import io.gazette.story.Article;
import io.gazette.story.ArticleRevision;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/** Revisions of an article: the list, the difference between two, and restoring one. */
@ApplicationScoped
public class RevisionService {

  /** A revision in the list, without its text. */
  public record Summary(int number, String title, String savedBy, Instant savedAt) {}

  private final PageCache pages;
  private final ChangeFeed changes;

  RevisionService(PageCache pages, ChangeFeed changes) {
    this.pages = pages;
    this.changes = changes;
  }

  @Transactional
  public List<Summary> list(SignedIn member, long articleId) {
    Permissions.requireRead(member, EditorialService.find(articleId));
    return ArticleRevision.listNewestFirst(articleId).stream()
        .map(r -> new Summary(r.number, r.title, r.savedBy, r.savedAt))
        .toList();
  }

  /** What changed from revision {@code from} to revision {@code to}. */
  @Transactional
  public List<TextDiff.Row> diff(SignedIn member, long articleId, int from, int to) {
    Permissions.requireRead(member, EditorialService.find(articleId));
    return diff(revision(articleId, from), revision(articleId, to));
  }

  /**
   * For a translation: what changed in its source's published text since the translation was made
   * or last marked up to date; empty when it is not outdated.
   */
  @Transactional
  public List<TextDiff.Row> sourceChanges(SignedIn member, long translationId) {
    Article translation = EditorialService.find(translationId);
    Permissions.requireRead(member, translation);
    if (!translation.isOutdated()) {
      return List.of();
    }
    Article source = translation.source;
    int seen = translation.sourceRevision == null ? 1 : translation.sourceRevision;
    return diff(revision(source.id, seen), revision(source.id, source.publishedRevision));
  }

  /** Makes an old revision's text current again, as a new revision; refuses a stale version. */
  @Transactional
  public boolean restore(SignedIn member, long articleId, int number, int editedVersion) {
    Article article = Article.findLocked(articleId).orElseThrow(NotFoundException::new);
    Permissions.requireEdit(member, article);
    if (article.version != editedVersion) {
      return false;
    }
    ArticleRevision old = revision(articleId, number);
    article.title = old.title;
    article.standfirst = old.standfirst;
    article.bodyHtml = old.bodyHtml;
    article.updatedAt = Instant.now();
    article.revision++;
    ArticleRevision.of(article, member.username()).persist();
    if (article.isPublished()) {
      article.publishedRevision = article.revision;
      pages.invalidateAll();
      changes.record(article);
    }
    AuditEntry.record(member.username(), "restore", articleId, "revision " + number);
    return true;
  }

  private static ArticleRevision revision(long articleId, int number) {
    return ArticleRevision.findByNumber(articleId, number).orElseThrow(NotFoundException::new);
  }

  private static List<TextDiff.Row> diff(ArticleRevision from, ArticleRevision to) {
    return TextDiff.between(
        from.title, from.standfirst, from.bodyHtml, to.title, to.standfirst, to.bodyHtml);
  }
}
