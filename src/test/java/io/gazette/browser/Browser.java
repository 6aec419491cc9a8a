package io.gazette.browser;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page a test reads and acts on, each step waiting for what the page does: every action first
 * waits for the document to be settled, finds its element again by locator, and brings it into
 * view; every step to another page waits for the next document to be settled.
 */
public final class Browser {

  /**
   * Brings the element to the middle of the window at once (the site scrolls smoothly, and a click
   * sent during the scroll lands where the element was) and says why a person could not click it
   * there, or nothing. The point tried is the one ChromeDriver clicks: the first box's centre.
   */
  private static final String BLOCKED =
      "var e = arguments[0];"
          + "e.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});"
          + "var box = e.getClientRects()[0];"
          + "if (!box || box.width === 0 || box.height === 0) { return 'not displayed'; }"
          + "if (e.disabled) { return 'disabled'; }"
          + "var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);"
          + "if (hit === e || (hit !== null && e.contains(hit))) { return ''; }"
          + "return 'covered by ' + (hit === null ? 'nothing' : hit.outerHTML.slice(0, 100));";

  private final WebDriver driver;
  private final JavascriptExecutor js;
  private final Waiting waiting;
  private final Documents documents;

  Browser(WebDriver driver) {
    this.driver = driver;
    this.js = (JavascriptExecutor) driver;
    this.waiting = new Waiting(driver);
    this.documents = new Documents(driver, waiting);
  }

  /** Opens a path of the application under test, such as {@code "admin/login"}. */
  public void open(String path) {
    driver.get(URI.create(TestHTTPResourceManager.getUri() + "/").resolve(path).toString());
    documents.awaitSettled();
  }

  /** Reloads this page and waits for the new copy. */
  public void reload() {
    documents.step("the reloaded page", () -> driver.navigate().refresh());
  }

  /** The element on the settled page, for reading: act on it through this class. */
  public WebElement find(By locator) {
    documents.awaitSettled();
    return waiting.until(locator + " on " + driver.getCurrentUrl(), d -> d.findElement(locator));
  }

  /** The elements on the settled page, perhaps none. */
  public List<WebElement> findAll(By locator) {
    documents.awaitSettled();
    return driver.findElements(locator);
  }

  /** Types keys into the field, as a person would after clicking it. */
  public void type(By field, CharSequence... keys) {
    act("type into " + field, field, element -> element.sendKeys(keys));
  }

  /** Chooses the option of this value in the list. */
  public void select(By list, String value) {
    act("choose " + value + " in " + list, list, e -> new Select(e).selectByValue(value));
  }

  /** Clicks something that changes this page without leaving it. */
  public void click(By target) {
    act("click " + target, target, WebElement::click);
  }

  /** Clicks a link or a button that loads another page, and waits for that page. */
  public void clickToNextPage(By target) {
    documents.step("the page after clicking " + target, () -> click(target));
  }

  /** Waits until the field holds, or the element shows, this text. */
  public WebElement waitForText(By locator, String text) {
    documents.awaitSettled();
    return waiting.until(
        "\"" + text + "\" in " + locator,
        d -> {
          WebElement element = d.findElement(locator);
          String tag = element.getTagName();
          boolean field = tag.equals("input") || tag.equals("textarea");
          String shown = field ? element.getDomProperty("value") : element.getText();
          return shown.contains(text) ? element : null;
        });
  }

  /** Waits, with the common deadline, until the condition gives neither null nor false. */
  public <T> T waitFor(String what, Function<WebDriver, T> condition) {
    return waiting.until(what, condition);
  }

  /** Runs a script with the element as {@code arguments[0]} and returns its result, or null. */
  public Object script(String script, By target) {
    documents.awaitSettled();
    // Wrapped: a script's null result is an answer here, not "not yet".
    return waiting
        .until(
            "run a script on " + target,
            d -> Optional.ofNullable(js.executeScript(script, d.findElement(target))))
        .orElse(null);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** The path of this page's address. */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  WebDriver driver() {
    return driver;
  }

  private void act(String what, By locator, Consumer<WebElement> action) {
    documents.awaitSettled();
    waiting.until(
        what,
        d -> {
          WebElement element = d.findElement(locator);
          String blocked = (String) js.executeScript(BLOCKED, element);
          if (!blocked.isEmpty()) {
            throw new ElementNotInteractableException(locator + " is " + blocked);
          }
          action.accept(element);
          return true;
        });
  }
}
