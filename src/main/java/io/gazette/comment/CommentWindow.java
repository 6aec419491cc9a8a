package io.gazette.comment;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** When an article takes comments: its story has them open and it is not too old for them. */
@ApplicationScoped
public class CommentWindow {

  private final int closeAfterDays;

  CommentWindow(GazetteConfig config) {
    this.closeAfterDays = config.comments().closeAfterDays();
  }

  /** Whether comments are open now on an article of a story with this flag, published then. */
  public boolean isOpen(boolean storyCommentsOpen, Instant publishedAt) {
    return storyCommentsOpen && !closedByAge(publishedAt, Instant.now());
  }

  boolean closedByAge(Instant publishedAt, Instant now) {
    return closeAfterDays > 0
        && publishedAt != null
        && now.isAfter(publishedAt.plus(Duration.ofDays(closeAfterDays)));
  }
}
