package io.gazette.conflict;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A write that lost a race with another transaction, as found anywhere in the cause chain of what a
 * request threw: at a flush the database's own exception, at commit the same wrapped in {@code
 * RollbackException}, {@code QuarkusTransactionException} or {@code
 * ArcUndeclaredThrowableException}. A NOT NULL or CHECK violation is a bug, never a race.
 *
 * @param kind what was lost
 * @param what the constraint, entity or database message, for a one-line log
 */
public record DatabaseConflict(Kind kind, String what) {

  /** What kind of race was lost. */
  public enum Kind {
    /** A unique key another transaction took first, such as a slug or a revision number. */
    TAKEN,
    /** A row another transaction changed or deleted since it was read. */
    STALE,
    /** A row lock not obtained in time, or a deadlock the database broke. */
    LOCKED
  }

  private static final int MAX_DEPTH = 32;

  /** The conflict in {@code failure}'s cause chain, if it holds one. */
  public static Optional<DatabaseConflict> in(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH && seen.add(cause); depth++) {
      Optional<DatabaseConflict> found = of(cause);
      if (found.isPresent()) {
        return found;
      }
      cause = cause.getCause();
    }
    return Optional.empty();
  }

  private static Optional<DatabaseConflict> of(Throwable cause) {
    if (cause instanceof ConstraintViolationException violation) {
      return switch (violation.getKind()) {
        case UNIQUE -> found(Kind.TAKEN, violation.getConstraintName());
        // The row referred to was deleted meanwhile, such as a comment answered as it was deleted.
        case FOREIGN_KEY -> found(Kind.STALE, violation.getConstraintName());
        default -> Optional.empty();
      };
    }
    if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
      return found(Kind.STALE, cause.getClass().getSimpleName());
    }
    if (cause instanceof org.hibernate.PessimisticLockException
        || cause instanceof PessimisticLockException
        || cause instanceof LockTimeoutException) {
      return found(Kind.LOCKED, cause.getClass().getSimpleName());
    }
    return cause instanceof SQLException sql ? ofSql(sql) : Optional.empty();
  }

  /** By SQLSTATE (PostgreSQL and standard) or H2's error code, when no Hibernate type says. */
  private static Optional<DatabaseConflict> ofSql(SQLException sql) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    String what = "SQLSTATE " + state;
    return switch (state) {
      case "23505" -> found(Kind.TAKEN, what);
      case "23503", "23506" -> found(Kind.STALE, what);
      case "40001", "40P01", "55P03", "HYT00" -> found(Kind.LOCKED, what);
      // H2: "Concurrent update", a row changed by a transaction that committed meanwhile.
      case "90131" -> found(Kind.STALE, what);
      default -> Optional.empty();
    };
  }

  private static Optional<DatabaseConflict> found(Kind kind, String what) {
    return Optional.of(new DatabaseConflict(kind, what == null ? kind.name() : what));
  }
}
