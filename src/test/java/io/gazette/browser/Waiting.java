package io.gazette.browser;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Explicit waits with one deadline, which retry only what the browser reports as "not yet" and end
 * with a message that says what was awaited and the last reason it was not there.
 */
final class Waiting {

  /** Long enough for a page of the site with both cores busy, short enough to fail a test. */
  static final Duration DEADLINE = Duration.ofSeconds(30);

  private static final Duration POLL = Duration.ofMillis(100);

  private final WebDriver driver;

  Waiting(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Waits until {@code probe} gives neither null nor false. The probe is tried again after an
   * element that is missing, replaced or covered: Chromium raises these before it dispatches any
   * input, so an action in the probe has not happened and may be tried again.
   */
  <T> T until(String what, Function<WebDriver, T> probe) {
    return wait(() -> what, probe, Waiting::notYet);
  }

  /**
   * Waits like {@link #until}, but also through the errors of a document being replaced (contexts
   * destroyed under a script, say), for probes that only read and so may be repeated after any.
   */
  <T> T untilPage(String what, Function<WebDriver, T> probe, Supplier<String> state) {
    return wait(
        () -> what + "; " + state.get(), probe, e -> !(e instanceof NoSuchSessionException));
  }

  private <T> T wait(Supplier<String> what, Function<WebDriver, T> probe, RetryWhen retry) {
    return new FluentWait<>(driver)
        .withTimeout(DEADLINE)
        .pollingEvery(POLL)
        .withMessage(what)
        .ignoring(NotYet.class)
        .until(
            d -> {
              try {
                return probe.apply(d);
              } catch (WebDriverException e) {
                if (retry.after(e)) {
                  throw new NotYet(e);
                }
                throw e;
              }
            });
  }

  /**
   * Whether the element is missing, covered, or gone with its document. Chromium 134 and later say
   * "Node with given id does not belong to the document" for an element of a replaced document
   * where older versions said "stale element".
   */
  private static boolean notYet(WebDriverException e) {
    return e instanceof NoSuchElementException
        || e instanceof StaleElementReferenceException
        || e instanceof ElementClickInterceptedException
        || e instanceof ElementNotInteractableException
        || String.valueOf(e.getRawMessage()).contains("does not belong to the document");
  }

  private interface RetryWhen {
    boolean after(WebDriverException e);
  }

  /** Carries the last "not yet" to the timeout, as its cause. */
  private static final class NotYet extends RuntimeException {
    NotYet(WebDriverException cause) {
      super(cause.getRawMessage(), cause, false, false);
    }
  }
}
