package io.gazette.workflow;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Publishes scheduled articles within a minute of their time. The schedule lives in the database,
 * so a restart loses nothing: the first run after it catches up.
 */
@ApplicationScoped
public class ScheduledPublisher {

  private final WorkflowService workflow;

  ScheduledPublisher(WorkflowService workflow) {
    this.workflow = workflow;
  }

  @Scheduled(
      every = "${gazette.scheduler.every:20s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void publishDue() {
    workflow.publishDue(Instant.now());
  }
}
