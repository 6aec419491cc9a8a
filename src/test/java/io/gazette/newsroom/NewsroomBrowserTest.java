package io.gazette.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.Chromium;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom in a real browser: an editor signs in, writes a story in French in the Trix editor,
 * translates it into English beside the French source, publishes both, and reads both on the site
 * with the language toggle between them.
 */
@QuarkusTest
class NewsroomBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Pattern EDIT_PATH = Pattern.compile("/admin/articles/(\\d+)");

  @TestHTTPResource("/")
  URL root;

  @Inject Fixtures fixtures;

  private Chromium browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws IOException {
    browser = Chromium.start(WAIT);
    driver = browser.driver();
    wait = browser.waiter();
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void shouldWriteTranslateAndPublishAStoryThenToggleBetweenItsLanguagesOnTheSite() {
    String mark = Fixtures.mark();
    String frenchTitle = "Le conseil municipal adopte son budget " + mark;
    String englishTitle = "The city council adopts its budget " + mark;
    SignedIn editor = fixtures.member(Role.EDITOR);

    signIn(editor.username());
    long frenchId = writeFrenchStory(frenchTitle);
    String frenchPath = publishOpenArticle(frenchId, "/fr/");
    long storyId = storyIdOnEditPage();

    long englishId = translateIntoEnglish(storyId, frenchTitle, englishTitle);
    String englishPath = publishOpenArticle(englishId, "/en/");
    openPage(root + "admin/stories/" + storyId);
    assertEquals("published", stateOf("fr"));
    assertEquals("published", stateOf("en"));

    readBothWithTheToggle(frenchPath, frenchTitle, englishPath, englishTitle, storyId);
  }

  /** Opening /admin leads to the sign-in form, which leads back to the dashboard. */
  private void signIn(String username) {
    driver.get(root + "admin");
    waitForPath("/admin/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
    submit(By.cssSelector("form[action='/admin/login'] button[type=submit]"));
    waitForPath("/admin");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".admin-who")));
  }

  /** Fills the new-story form in French, body typed into Trix; returns the new article's id. */
  private long writeFrenchStory(String title) {
    openPage(root + "admin/articles/new");
    new Select(driver.findElement(By.id("lang"))).selectByValue("fr");
    driver.findElement(By.id("title")).sendKeys(title);
    driver
        .findElement(By.id("standfirst"))
        .sendKeys("Après trois soirées de débats, la ville sait enfin où ira son argent.");
    Select section = new Select(driver.findElement(By.id("section")));
    String sectionValue =
        section.getOptions().stream()
            .map(option -> option.getDomAttribute("value"))
            .filter(value -> value != null && !value.isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no section to choose"));
    section.selectByValue(sectionValue);
    driver.findElement(By.id("tags")).sendKeys("budget, conseil municipal");
    typeInTrix(
        "Le budget a été adopté mardi soir par vingt voix contre neuf.",
        "Les écoles et les transports en reçoivent la plus grande part.");
    submit(By.cssSelector("form.article-form button[type=submit]"));
    long id = waitForEditPage();
    assertEquals(title, driver.findElement(By.id("title")).getDomProperty("value"));
    assertNotice();
    return id;
  }

  /** Types paragraphs into the Trix editor and waits until its hidden input carries them. */
  private void typeInTrix(String first, String second) {
    WebElement editor =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("trix-editor")));
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return !!arguments[0].editor", editor));
    editor.click();
    // Key by key with a wait after each step: on a loaded machine the editor may still be
    // handling one key when the next arrives, and the caret must start at the end.
    ((JavascriptExecutor) driver)
        .executeScript(
            "var e = arguments[0].editor; e.setSelectedRange(e.getDocument().getLength() - 1)",
            editor);
    WebElement input = driver.findElement(By.id("bodyHtml"));
    editor.sendKeys(first);
    wait.until(d -> String.valueOf(input.getDomProperty("value")).contains(first));
    editor.sendKeys(Keys.ENTER);
    wait.until(d -> String.valueOf(input.getDomProperty("value")).contains("</p><p>"));
    editor.sendKeys(second);
    wait.until(d -> String.valueOf(input.getDomProperty("value")).contains(second));
    String html = input.getDomProperty("value");
    assertTrue(html.contains("<p>" + first + "</p>"), "paragraphs in the body: " + html);
  }

  /** Publishes the article open on its edit page; returns its reader path, which starts so. */
  private String publishOpenArticle(long id, String readerPrefix) {
    if (!EDIT_PATH.matcher(path(driver.getCurrentUrl())).matches()) {
      openPage(root + "admin/articles/" + id);
    }
    submit(By.cssSelector("form#publish-now button[type=submit]"));
    assertEquals(id, waitForEditPage());
    assertNotice();
    assertTrue(
        driver.findElements(By.cssSelector("form#publish-now")).isEmpty(),
        "still offered to publish");
    WebElement readerLink =
        driver.findElement(By.cssSelector(".article-links a[href^='" + readerPrefix + "']"));
    return readerLink.getDomAttribute("href");
  }

  private long storyIdOnEditPage() {
    String href =
        driver
            .findElement(By.cssSelector(".article-links a[href^='/admin/stories/']"))
            .getDomAttribute("href");
    return Long.parseLong(href.substring("/admin/stories/".length()));
  }

  /** From the story overview, translates the French version beside its source; returns the id. */
  private long translateIntoEnglish(long storyId, String frenchTitle, String englishTitle) {
    openPage(root + "admin/stories/" + storyId);
    assertEquals("missing", stateOf("en"));
    WebElement translate =
        driver.findElement(By.cssSelector("tr#lang-en a[href$='/translate/en']"));
    assertEquals("Traduire en anglais", translate.getText());
    clickToNewPage(translate);
    WebElement source = driver.findElement(By.cssSelector("section.source-pane"));
    assertEquals("fr", source.getDomAttribute("lang"));
    assertEquals(frenchTitle, source.findElement(By.cssSelector(".source-title")).getText());

    driver.findElement(By.id("title")).sendKeys(englishTitle);
    driver
        .findElement(By.id("standfirst"))
        .sendKeys("After three evenings of debate, the city knows where its money will go.");
    driver
        .findElement(By.id("body"))
        .sendKeys(
            "The budget was adopted on Tuesday night by twenty votes to nine.",
            Keys.ENTER,
            Keys.ENTER,
            "Schools and transport receive the largest share.");
    submit(By.cssSelector("form[action$='/translate/en'] button[type=submit]"));
    waitForPath("/admin/stories/" + storyId);
    assertNotice();
    assertEquals("draft", stateOf("en"));
    WebElement edit =
        driver.findElements(By.cssSelector("tr#lang-en .story-actions a")).stream()
            .filter(a -> EDIT_PATH.matcher(a.getDomAttribute("href")).matches())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no edit link for the English version"));
    clickToNewPage(edit);
    return waitForEditPage();
  }

  /** Reads the French page, follows the toggle to English and back. */
  private void readBothWithTheToggle(
      String frenchPath, String frenchTitle, String englishPath, String englishTitle, long story) {
    openPage(root + frenchPath.substring(1));
    WebElement french = waitForArticle();
    assertEquals(frenchTitle, french.findElement(By.tagName("h1")).getText());
    assertEquals(String.valueOf(story), french.getDomAttribute("data-story-id"));
    assertTrue(
        french.findElement(By.cssSelector(".article-body")).getText().contains("vingt voix"),
        "French body on the reader page");

    WebElement toEnglish = toggle("en");
    assertEquals("Read in English", toEnglish.getText());
    clickToNewPage(toEnglish);
    waitForPath(englishPath);
    WebElement english = waitForArticle();
    assertEquals(englishTitle, english.findElement(By.tagName("h1")).getText());
    assertEquals(String.valueOf(story), english.getDomAttribute("data-story-id"));
    assertEquals(2, english.findElements(By.cssSelector(".article-body p")).size());

    WebElement toFrench = toggle("fr");
    assertEquals("Lire en français", toFrench.getText());
    clickToNewPage(toFrench);
    waitForPath(frenchPath);
    assertEquals(frenchTitle, waitForArticle().findElement(By.tagName("h1")).getText());
  }

  private WebElement toggle(String lang) {
    return wait.until(
        ExpectedConditions.elementToBeClickable(
            By.cssSelector("nav.language-switch a[hreflang=" + lang + "]")));
  }

  private String stateOf(String lang) {
    return driver.findElement(By.id("lang-" + lang)).getDomAttribute("data-state");
  }

  private void assertNotice() {
    WebElement notice = driver.findElement(By.cssSelector("main p.notice[role=status]"));
    assertFalse(notice.getText().isBlank(), "empty notice");
  }

  /** Waits for an article's edit page and returns the article's id. */
  private long waitForEditPage() {
    wait.until(d -> EDIT_PATH.matcher(path(d.getCurrentUrl())).matches());
    waitForLoad();
    Matcher matcher = EDIT_PATH.matcher(path(driver.getCurrentUrl()));
    assertTrue(matcher.matches());
    return Long.parseLong(matcher.group(1));
  }

  private void openPage(String url) {
    driver.get(url);
    waitForLoad();
  }

  /**
   * Clicks the button once the page's script is done with it. The editor's script may replace a
   * button between it being found and clicked ("Node ... does not belong to the document"): the
   * click never happened then, so the button is found again and clicked.
   */
  private void submit(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    wait.until(
        d -> {
          try {
            ExpectedConditions.elementToBeClickable(button).apply(d).click();
            return true;
          } catch (StaleElementReferenceException | NullPointerException replaced) {
            return false;
          } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
              return false;
            }
            throw replaced;
          }
        });
    wait.until(ExpectedConditions.stalenessOf(page));
    waitForLoad();
  }

  /** Clicks and waits until the next page has replaced this one and has loaded. */
  private void clickToNewPage(WebElement target) {
    WebElement page = driver.findElement(By.tagName("html"));
    target.click();
    wait.until(ExpectedConditions.stalenessOf(page));
    waitForLoad();
  }

  private void waitForPath(String expected) {
    wait.until(d -> expected.equals(path(d.getCurrentUrl())));
    waitForLoad();
  }

  private WebElement waitForArticle() {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("article.article[data-story-id]")));
  }

  private void waitForLoad() {
    String readyState = "return document.readyState";
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(readyState)));
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }
}
