package io.gazette.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Whether the browser's document is settled, and whether it is the successor of the one a step
 * started on. Asked of the page in JavaScript: unlike an element's node id, which belongs to one
 * document and fails in Chromium while that document is being replaced, a script always asks the
 * document there is.
 */
final class Documents {

  /**
   * Loaded, deferred scripts run, and nothing still marked busy: the site's scripts mark what they
   * set up later (the newsroom editor until Trix's "trix-initialize") with aria-busy.
   */
  private static final String SETTLED =
      "document.readyState === 'complete' && document.querySelector('[aria-busy=true]') === null";

  private static final String MARK = "document.gazetteBrowserMark = arguments[0]";

  private static final String DESCRIBE =
      "var busy = Array.prototype.map.call(document.querySelectorAll('[aria-busy=true]'),"
          + " function (e) { return e.outerHTML.slice(0, 100); });"
          + "return location.href + ' is ' + document.readyState"
          + " + (busy.length ? ', busy: ' + busy.join(' ') : '')";

  private final JavascriptExecutor js;
  private final Waiting waiting;
  private long marks;

  Documents(WebDriver driver, Waiting waiting) {
    this.js = (JavascriptExecutor) driver;
    this.waiting = waiting;
  }

  /** Waits until this document is settled. */
  void awaitSettled() {
    waiting.untilPage("a settled page", d -> js.executeScript("return " + SETTLED), this::describe);
  }

  /**
   * Takes a step that leaves this document, and waits until another one has replaced it and is
   * settled. The document is marked first, so that its successor is told apart from it.
   */
  void step(String what, Runnable step) {
    String mark = Long.toString(++marks);
    awaitSettled();
    js.executeScript(MARK, mark);
    step.run();
    String successor = "return document.gazetteBrowserMark !== arguments[0] && " + SETTLED;
    waiting.untilPage(what, d -> js.executeScript(successor, mark), this::describe);
  }

  private String describe() {
    try {
      return String.valueOf(js.executeScript(DESCRIBE));
    } catch (RuntimeException unreadable) {
      return "page unreadable: " + unreadable.getMessage();
    }
  }
}
