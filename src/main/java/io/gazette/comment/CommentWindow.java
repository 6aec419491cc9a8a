package io.gazette.comment;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** When an article takes comments: its story has them open and it is not too old for them. */
@ApplicationScoped
public class CommentWindow {

  private final int closeAfterDays;

  @Inject
  CommentWindow(GazetteConfig config) {
    this(config.comments().closeAfterDays());
  }

  CommentWindow(int closeAfterDays) {
    this.closeAfterDays = closeAfterDays;
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
