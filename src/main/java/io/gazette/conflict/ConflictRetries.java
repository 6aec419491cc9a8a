package io.gazette.conflict;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Tries a {@link RetryOnConflict} call again when its transaction lost a race. It runs outside the
 * transaction interceptor (priority 200), so that each try is a transaction of its own that sees
 * what the winner committed. Ten concurrent creates with one title take ten slugs in at most ten
 * tries; past {@link #ATTEMPTS} the conflict is answered as such (409).
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetries {

  /** Tries in all: enough for a dozen writers racing for one slug. */
  static final int ATTEMPTS = 12;

  private static final Logger LOG = Logger.getLogger(ConflictRetries.class);

  private final TransactionManager transactions;

  ConflictRetries(TransactionManager transactions) {
    this.transactions = transactions;
  }

  @AroundInvoke
  Object retry(InvocationContext call) throws Exception {
    if (insideTransaction()) {
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (Exception failure) {
        Optional<DatabaseConflict> conflict = DatabaseConflict.in(failure);
        if (conflict.isEmpty() || attempt == ATTEMPTS) {
          throw failure;
        }
        LOG.debugf(
            "%s lost a race (%s), try %d", call.getMethod().getName(), conflict.get(), attempt);
        pause(attempt);
      }
    }
  }

  private boolean insideTransaction() throws SystemException {
    return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
  }

  /** A few random milliseconds, growing: the losers of one race should not meet again at once. */
  private static void pause(int attempt) throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
  }
}
