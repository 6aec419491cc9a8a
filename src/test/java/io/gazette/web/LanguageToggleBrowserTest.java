package io.gazette.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The language toggle in a real browser: a French reader follows "Read in English" to the same
 * story, and the choice, remembered by /static/lang.js in the {@code lang} cookie, beats the
 * browser's French Accept-Language the next time they open {@code /}.
 */
@QuarkusTest
class LanguageToggleBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TestHTTPResource("/")
  URL root;

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

  static final String SEED_FR_PATH =
      "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";

  @Test
  void shouldFollowReadInEnglishToTheSameStoryAndRememberTheChoice() {
    // A French browser without a cookie lands on the French home.
    driver.get(root.toString());
    waitForPath("/fr/");
    assertEquals("fr", htmlLang());

    // The seed article is on the French home (must read and latest news); other tests of the
    // suite publish stories of their own, so it is found by its link rather than its place.
    WebElement seedLink =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("main a[href$='" + SEED_FR_PATH + "']")));
    WebElement frenchHome = driver.findElement(By.tagName("html"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", seedLink);
    wait.until(ExpectedConditions.elementToBeClickable(seedLink)).click();
    wait.until(ExpectedConditions.stalenessOf(frenchHome));
    WebElement frenchArticle = waitForArticle();
    String storyId = frenchArticle.getDomAttribute("data-story-id");
    assertNotNull(storyId, "article without data-story-id");
    String frenchHeadline = frenchArticle.findElement(By.tagName("h1")).getText();
    String frenchUrl = driver.getCurrentUrl();
    assertTrue(path(frenchUrl).startsWith("/fr/"), "French article at " + frenchUrl);
    assertEquals("fr", htmlLang());

    // The toggle, written in English, leads to the English version of the same story.
    WebElement toEnglish =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("nav.language-switch a[hreflang=en]")));
    assertEquals("Read in English", toEnglish.getText());
    assertEquals("en", toEnglish.getDomAttribute("lang"));
    assertEquals("en", toEnglish.getDomAttribute("data-lang-choice"));
    toEnglish.click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(frenchUrl)));
    wait.until(ExpectedConditions.stalenessOf(frenchArticle));
    WebElement englishArticle = waitForArticle();
    String englishUrl = driver.getCurrentUrl();
    assertTrue(path(englishUrl).startsWith("/en/"), "English article at " + englishUrl);
    assertEquals("en", htmlLang());
    assertEquals(storyId, englishArticle.getDomAttribute("data-story-id"));
    String englishHeadline = englishArticle.findElement(By.tagName("h1")).getText();
    assertNotEquals(frenchHeadline, englishHeadline);

    // lang.js remembered the choice.
    Cookie chosen = driver.manage().getCookieNamed("lang");
    assertNotNull(chosen, "no lang cookie after choosing English");
    assertEquals("en", chosen.getValue());
    assertEquals("/", chosen.getPath());

    // The cookie beats the browser's French Accept-Language.
    driver.get(root.toString());
    waitForPath("/en/");
    assertEquals("en", htmlLang());

    // Back on the English article, the toggle, in French, leads to the French version.
    driver.get(englishUrl);
    waitForArticle();
    WebElement toFrench =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("nav.language-switch a[hreflang=fr]")));
    assertEquals("Lire en français", toFrench.getText());
    assertEquals("fr", toFrench.getDomAttribute("lang"));
    WebElement englishPage = driver.findElement(By.tagName("html"));
    toFrench.click();
    wait.until(ExpectedConditions.stalenessOf(englishPage));
    wait.until(ExpectedConditions.urlToBe(frenchUrl));
    WebElement backInFrench = waitForArticle();
    assertEquals("fr", htmlLang());
    assertEquals(storyId, backInFrench.getDomAttribute("data-story-id"));
    assertEquals(frenchHeadline, backInFrench.findElement(By.tagName("h1")).getText());
    assertEquals("fr", driver.manage().getCookieNamed("lang").getValue());
  }

  /** Waits until the browser shows {@code expected} and has run the page's scripts. */
  private void waitForPath(String expected) {
    wait.until(d -> expected.equals(path(d.getCurrentUrl())));
    waitForLoad();
  }

  /** Waits for a fully loaded article page (lang.js is deferred) and returns its article. */
  private WebElement waitForArticle() {
    WebElement article =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.article[data-story-id]")));
    waitForLoad();
    return article;
  }

  private void waitForLoad() {
    String readyState = "return document.readyState";
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(readyState)));
  }

  private String htmlLang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }
}
