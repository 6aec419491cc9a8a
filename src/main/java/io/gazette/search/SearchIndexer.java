package io.gazette.search;

import io.gazette.web.PageCache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.jboss.logging.Logger;

/**
 * Keeps this node's index in line with what readers see, from the change feed: every node reads the
 * feed from the shared database, so each index follows publications made on any node, within {@link
 * #POLL_MILLIS} of their commit. At start the index is opened, or built again when missing,
 * unreadable or not of this database (numbered past the feed's end, or holding another count of
 * articles once caught up).
 */
@ApplicationScoped
public class SearchIndexer {

  static final long POLL_MILLIS = 200;
  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

  private final SearchIndex index;
  private final SearchSource source;
  private final PageCache pages;
  private static final long RETRY_MILLIS = 30_000;
  private ScheduledExecutorService poller;
  private long lastStart;

  SearchIndexer(SearchIndex index, SearchSource source, PageCache pages) {
    this.index = index;
    this.source = source;
    this.pages = pages;
  }

  // After the demo content and the change feed's reconciliation (priority 40).
  void onStart(@Observes @Priority(60) StartupEvent event) {
    poller =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "search-indexer");
              thread.setDaemon(true);
              return thread;
            });
    poller.execute(this::startSafely);
    poller.scheduleWithFixedDelay(
        this::catchUpSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (poller != null) {
      poller.shutdownNow();
    }
    index.close();
  }

  /** Opens the index and brings it up to date, building it again when it cannot be trusted. */
  public synchronized void start() {
    boolean kept = index.open();
    if (!kept || index.seq() > source.lastSeq()) {
      rebuild();
      return;
    }
    catchUp();
    if (index.size() != source.publishedCount()) {
      LOG.warn("Search index does not match the published articles: building it again");
      rebuild();
    }
  }

  /** Writes every change the feed holds past the index's number; returns how many. */
  public synchronized int catchUp() {
    if (!index.isOpen()) {
      start();
    }
    int applied = 0;
    SearchSource.Batch batch = source.changesAfter(index.seq(), BATCH);
    while (batch.seq() > index.seq()) {
      index.apply(batch.upserts(), batch.deletes(), batch.seq());
      applied += batch.upserts().size() + batch.deletes().size();
      batch = source.changesAfter(index.seq(), BATCH);
    }
    if (applied > 0) {
      // A search page rendered before this commit holds the old results.
      pages.invalidateAll();
    }
    return applied;
  }

  /** Builds the index from the published articles, then applies what changed meanwhile. */
  public synchronized void rebuild() {
    long seq = source.lastSeq();
    index.clear();
    long lastId = 0;
    int total = 0;
    List<Document> docs = source.publishedAfter(lastId, BATCH);
    while (!docs.isEmpty()) {
      index.add(docs);
      total += docs.size();
      lastId = Long.parseLong(docs.get(docs.size() - 1).get(SearchFields.ID));
      docs = source.publishedAfter(lastId, BATCH);
    }
    index.commit(seq);
    LOG.infof("Search index built: %d articles", total);
    catchUp();
    pages.invalidateAll();
  }

  private void startSafely() {
    lastStart = System.currentTimeMillis();
    try {
      start();
    } catch (RuntimeException failed) {
      LOG.error("Search index could not be opened; tried again in 30 s", failed);
    }
  }

  private void catchUpSafely() {
    if (!index.isOpen()) {
      if (System.currentTimeMillis() - lastStart > RETRY_MILLIS) {
        startSafely();
      }
      return;
    }
    try {
      catchUp();
    } catch (IllegalStateException closed) {
      // Opening or closing: the next round catches up.
    } catch (RuntimeException failed) {
      LOG.warnf("Search index not brought up to date: %s", failed.toString());
    }
  }
}
