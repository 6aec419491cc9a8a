package io.gazette.breaking;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Where breaking news meets the open streams: a hot broadcast that every listener subscribes to.
 * News enters once its transaction has committed, so no listener hears of a story that a rollback
 * took back.
 */
@ApplicationScoped
public class BreakingHub {

  /** News a slow listener may fall behind by before its stream ends (the app reconnects). */
  private static final int BUFFER = 256;

  private final BroadcastProcessor<BreakingNews> processor = BroadcastProcessor.create();

  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) BreakingNews.Batch batch) {
    // A processor's signals must not overlap: commits on two threads take turns here.
    synchronized (processor) {
      batch.items().forEach(processor::onNext);
    }
  }

  /** The news announced from now on, for one listener. */
  public Multi<BreakingNews> live() {
    return processor.onOverflow().buffer(BUFFER);
  }
}
