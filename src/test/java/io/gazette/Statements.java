package io.gazette;

import java.util.function.LongSupplier;

/** Counts of SQL statements that a request ran, for tests that keep the database work small. */
public final class Statements {

  private static final int TRIES = 3;

  private Statements() {}

  /**
   * The fewest statements a measurement counted in three tries. Background jobs (the scheduled
   * publisher, the webhook dispatcher) share Hibernate's global statistics and can only add to a
   * count, so the fewest is the request's own.
   */
  public static long fewest(LongSupplier measurement) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < TRIES && fewest > 0; i++) {
      fewest = Math.min(fewest, measurement.getAsLong());
    }
    return fewest;
  }
}
