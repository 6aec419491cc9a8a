package io.gazette.changefeed;

import io.gazette.story.Article;
import io.gazette.story.Story;
import io.gazette.taxonomy.LabelRenamed;
import io.gazette.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records every change readers can see in the change feed that apps sync from ({@code GET
 * /api/v1/changes}): called, inside the changing transaction, wherever the reader page cache is
 * invalidated.
 *
 * <p>The feed is compacted: one {@link ArticleChange} row per article, renumbered at each change,
 * an upsert while the article is published and a tombstone once it is not. Replaying it from the
 * start therefore gives each article's latest state once, and ends with exactly the published set.
 * A whole story is recorded at once, because its section, tags and published translations belong to
 * the JSON of every version.
 *
 * <p>Ordering across concurrent transactions: a client that has read up to number N must never
 * later miss a change numbered below N that committed after its read. A database sequence cannot
 * promise that (a transaction may take 10, another 11 and commit first). So numbers come from one
 * counter row locked with {@code SELECT ... FOR UPDATE} ({@link ChangeCounter}): the lock is held
 * until commit, so a second recording transaction waits for the first to end, and numbers become
 * visible in increasing order; a rollback gives its numbers back. To keep that wait short and free
 * of deadlocks, a call here only notes the story: the entries are written as the transaction
 * completes (a JTA synchronization), after every other change is flushed, so that the counter is
 * the last lock a transaction takes and is held for the commit alone. Numbers live in the database,
 * so cursors survive restarts.
 */
@ApplicationScoped
public class ChangeFeed {

  private static final String PENDING = ChangeFeed.class.getName() + ".stories";

  private final ChangeWriter writer;
  private final TransactionSynchronizationRegistry registry;
  private final TransactionManager transactions;

  ChangeFeed(
      ChangeWriter writer,
      TransactionSynchronizationRegistry registry,
      TransactionManager transactions) {
    this.writer = writer;
    this.registry = registry;
    this.transactions = transactions;
  }

  /** Records the article's story: every language version, as readers see it at commit. */
  @Transactional
  public void record(Article article) {
    record(article.story);
  }

  /** Records every version of a story. */
  @Transactional
  public void record(Story story) {
    pending().add(story.id);
  }

  /** Records the articles of the section or tag whose name or slug changed. */
  void labelRenamed(@Observes LabelRenamed renamed) {
    if (renamed.taxonomy() == Taxonomy.SECTION) {
      recordSection(renamed.id());
    } else {
      recordTag(renamed.id());
    }
  }

  /** Records the articles of a section, after its name or slug changed in some language. */
  @Transactional
  public void recordSection(long sectionId) {
    pending().addAll(storyIds("select s.id from Story s where s.section.id = ?1", sectionId));
  }

  /** Records the articles of a tag, after its name or slug changed in some language. */
  @Transactional
  public void recordTag(long tagId) {
    pending().addAll(storyIds("select s.id from Story s join s.tags t where t.id = ?1", tagId));
  }

  private static List<Long> storyIds(String query, long id) {
    return Story.getEntityManager()
        .createQuery(query, Long.class)
        .setParameter(1, id)
        .getResultList();
  }

  /** The stories this transaction records, written when it completes. */
  private Set<Long> pending() {
    @SuppressWarnings("unchecked")
    Set<Long> stories = (Set<Long>) registry.getResource(PENDING);
    if (stories == null) {
      Set<Long> noted = new LinkedHashSet<>();
      registry.putResource(PENDING, noted);
      whenCompleting(() -> writer.writeStories(noted));
      stories = noted;
    }
    return stories;
  }

  /**
   * Runs {@code work} as the transaction completes, before commit, while the persistence context is
   * still open (the work flushes what it adds itself: Hibernate may have flushed already).
   */
  private void whenCompleting(Runnable work) {
    try {
      transactions
          .getTransaction()
          .registerSynchronization(
              new Synchronization() {
                @Override
                public void beforeCompletion() {
                  work.run();
                }

                @Override
                public void afterCompletion(int status) {}
              });
    } catch (RollbackException | SystemException notActive) {
      throw new IllegalStateException("the change feed records inside a transaction", notActive);
    }
  }
}
