package io.gazette.changefeed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * The change feed's numbering, one row. Taking numbers locks the row until the transaction ends, so
 * transactions that record changes commit in the order of their numbers (see {@link ChangeFeed}).
 */
@Entity
@Table(name = "change_counter")
class ChangeCounter extends PanacheEntityBase {

  private static final int ROW = 1;

  @Id public Integer id;

  @Column(name = "last_seq", nullable = false)
  public long lastSeq;

  /** Takes {@code count} consecutive numbers and returns the first; holds the lock until commit. */
  static long take(int count) {
    ChangeCounter counter =
        getEntityManager().find(ChangeCounter.class, ROW, LockModeType.PESSIMISTIC_WRITE);
    long first = counter.lastSeq + 1;
    counter.lastSeq += count;
    return first;
  }
}
