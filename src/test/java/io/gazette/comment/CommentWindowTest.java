package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentWindowTest {

  private static final Instant PUBLISHED = Instant.parse("2026-01-01T08:00:00Z");

  @Test
  void shouldCloseCommentsOnceTheConfiguredDaysHavePassed() {
    var window = new CommentWindow(30);
    assertThat(window.closedByAge(PUBLISHED, PUBLISHED.plus(Duration.ofDays(30)))).isFalse();
    assertThat(window.closedByAge(PUBLISHED, PUBLISHED.plus(Duration.ofDays(30)).plusSeconds(1)))
        .isTrue();
  }

  @Test
  void shouldKeepCommentsOpenForeverWhenNoDaysAreConfigured() {
    assertThat(
            new CommentWindow(0).closedByAge(PUBLISHED, Instant.now().plus(Duration.ofDays(9999))))
        .isFalse();
  }

  @Test
  void shouldHonourTheStoryFlagWhateverTheAge() {
    var window = new CommentWindow(0);
    assertThat(window.isOpen(false, Instant.now())).isFalse();
    assertThat(window.isOpen(true, Instant.now())).isTrue();
  }
}
