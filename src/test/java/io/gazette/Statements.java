package io.gazette;

import io.gazette.search.SearchIndexer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import java.util.function.LongSupplier;

/** Counts of SQL statements that a request ran, for tests that keep the database work small. */
public final class Statements {

  private static final int TRIES = 3;

  private Statements() {}

  /**
   * The fewest statements a measurement counted in three tries. Background jobs (the scheduled
   * publisher, the webhook dispatcher) share Hibernate's global statistics and can only add to a
   * count, so the fewest is the request's own. The search index reads the change feed every 200 ms,
   * often enough to land in every try on a loaded machine: it waits meanwhile ({@link
   * #searchIndexerLock()}).
   */
  public static long fewest(LongSupplier measurement) {
    synchronized (searchIndexerLock()) {
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < TRIES && fewest > 0; i++) {
        fewest = Math.min(fewest, measurement.getAsLong());
      }
      return fewest;
    }
  }

  /**
   * What the search indexer's rounds synchronize on: held by a test, it keeps their statements out
   * of a count (no request a count measures touches the index).
   */
  public static Object searchIndexerLock() {
    return ClientProxy.unwrap(Arc.container().instance(SearchIndexer.class).get());
  }
}
