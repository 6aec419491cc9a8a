package io.gazette.conflict;

import io.gazette.audit.AuditEntry;
import io.gazette.author.Author;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Transactions that lose a race on purpose, for {@link ConflictAnswersTest}: each first writes an
 * audit entry carrying {@code marker}, which must not survive the rollback.
 */
@ApplicationScoped
public class ProbeWrites {

  /** Takes a unique key already taken (an author's slug): refused at the flush. */
  @Transactional
  public void takenAtFlush(String marker) {
    AuditEntry.record("probe", "probe", null, marker);
    Author taken = Author.<Author>findAll().firstResult();
    Author twin = new Author();
    twin.name = "Twin";
    twin.slug = taken.slug;
    twin.persist();
    Author.flush();
  }

  /** Changes an article that another transaction changed meanwhile: refused at commit. */
  @Transactional
  public void staleAtCommit(long articleId, String marker) {
    AuditEntry.record("probe", "probe", articleId, marker);
    Article article = Article.findById(articleId);
    // As another transaction's committed save would: the version this one read is gone.
    Article.getEntityManager()
        .createNativeQuery("update article set version = version + 1 where id = ?1")
        .setParameter(1, articleId)
        .executeUpdate();
    article.title = article.title + " (probe)";
  }

  /** Breaks a NOT NULL column: a bug, not a race. */
  @Transactional
  public void broken(String marker) {
    AuditEntry.record("probe", "probe", null, marker);
    Author.getEntityManager()
        .createNativeQuery("insert into author (id, name, slug) values (-7, null, ?1)")
        .setParameter(1, marker)
        .executeUpdate();
  }

  /** Whether an audit entry with this marker was committed. */
  @Transactional
  public boolean kept(String marker) {
    return AuditEntry.count("detail", marker) > 0;
  }
}
