package io.gazette.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.conflict.DatabaseConflict.Kind;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** Lost races recognised in the exception chains H2 and PostgreSQL give, and nothing else. */
class DatabaseConflictTest {

  private static Throwable caused(Throwable outer, Throwable cause) {
    outer.initCause(cause);
    return outer;
  }

  private static ConstraintViolationException violation(ConstraintKind kind, String state) {
    return new ConstraintViolationException(
        "could not execute", new SQLException("x", state), kind, "uk_x");
  }

  private static Optional<Kind> kind(Throwable failure) {
    return DatabaseConflict.in(failure).map(DatabaseConflict::kind);
  }

  @Test
  void shouldFindAUniqueKeyUnderTheCommitWrappers() {
    Throwable atCommit =
        new ArcUndeclaredThrowableException(
            caused(
                new RollbackException("rolled back"), violation(ConstraintKind.UNIQUE, "23505")));

    assertThat(DatabaseConflict.in(atCommit)).contains(new DatabaseConflict(Kind.TAKEN, "uk_x"));
  }

  @Test
  void shouldFindAStaleRowAsHibernateAndJakartaPersistenceReportIt() {
    var stale = new StaleObjectStateException("io.gazette.story.Article", 42L);

    assertThat(kind(stale)).contains(Kind.STALE);
    assertThat(kind(new OptimisticLockException("changed", stale))).contains(Kind.STALE);
    assertThat(kind(new QuarkusTransactionException(caused(new RollbackException(), stale))))
        .contains(Kind.STALE);
    assertThat(kind(violation(ConstraintKind.FOREIGN_KEY, "23503"))).contains(Kind.STALE);
  }

  @Test
  void shouldFindPostgresqlAndH2StatesWithoutAHibernateType() {
    for (String state : new String[] {"40001", "40P01", "55P03", "HYT00"}) {
      assertThat(kind(new GenericJDBCException("x", new SQLException("x", state))))
          .as(state)
          .contains(Kind.LOCKED);
    }
    assertThat(kind(new GenericJDBCException("x", new SQLException("x", "23505"))))
        .contains(Kind.TAKEN);
    assertThat(kind(new GenericJDBCException("x", new SQLException("x", "90131"))))
        .contains(Kind.STALE);
  }

  @Test
  void shouldNotTakeABugOrAnyOtherFailureForARace() {
    assertThat(kind(violation(ConstraintKind.NOT_NULL, "23502"))).isEmpty();
    assertThat(kind(violation(ConstraintKind.CHECK, "23514"))).isEmpty();
    assertThat(kind(new IllegalStateException("boom", new SQLException("x", "08006")))).isEmpty();
    assertThat(kind(new RollbackException("timed out"))).isEmpty();
  }

  @Test
  void shouldEndOnACauseChainThatLoops() {
    var first = new IllegalStateException("first");
    var second = new IllegalArgumentException("second", first);
    first.initCause(second);

    assertThat(kind(first)).isEmpty();
  }
}
