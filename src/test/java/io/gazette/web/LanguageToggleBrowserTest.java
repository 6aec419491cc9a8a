package io.gazette.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.browser.Browser;
import io.gazette.browser.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The language toggle in a real browser: a French reader follows "Read in English" to the same
 * story, and the choice, remembered by /static/lang.js in the {@code lang} cookie, beats the
 * browser's French Accept-Language the next time they open {@code /}.
 */
@QuarkusTest
@BrowserTest
class LanguageToggleBrowserTest {

  static final String SEED_FR_PATH =
      "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";

  private static final By ARTICLE = By.cssSelector("article.article[data-story-id]");
  private static final By TO_ENGLISH = By.cssSelector("nav.language-switch a[hreflang=en]");
  private static final By TO_FRENCH = By.cssSelector("nav.language-switch a[hreflang=fr]");

  /** The French article as the reader first saw it. */
  private record French(String storyId, String headline, String url) {}

  @Test
  void shouldFollowReadInEnglishToTheSameStoryAndRememberTheChoice(Browser browser) {
    // A French browser without a cookie lands on the French home.
    browser.open("");
    assertEquals("/fr/", browser.path());
    assertEquals("fr", htmlLang(browser));

    French french = followTheSeedArticle(browser);
    String englishUrl = followReadInEnglish(browser, french);
    assertTheChoiceIsRemembered(browser);
    followReadInFrench(browser, englishUrl, french);
  }

  /**
   * The seed article is on the French home (must read and latest news); other tests of the suite
   * publish stories of their own, so it is found by its link rather than its place.
   */
  private static French followTheSeedArticle(Browser browser) {
    browser.clickToNextPage(By.cssSelector("main a[href$='" + SEED_FR_PATH + "']"));
    WebElement article = browser.find(ARTICLE);
    String storyId = article.getDomAttribute("data-story-id");
    assertNotNull(storyId, "article without data-story-id");
    String headline = article.findElement(By.tagName("h1")).getText();
    assertTrue(browser.path().startsWith("/fr/"), "French article at " + browser.url());
    assertEquals("fr", htmlLang(browser));
    return new French(storyId, headline, browser.url());
  }

  /** The toggle, written in English, leads to the English version of the same story. */
  private static String followReadInEnglish(Browser browser, French french) {
    WebElement toEnglish = browser.find(TO_ENGLISH);
    assertEquals("Read in English", toEnglish.getText());
    assertEquals("en", toEnglish.getDomAttribute("lang"));
    assertEquals("en", toEnglish.getDomAttribute("data-lang-choice"));
    browser.clickToNextPage(TO_ENGLISH);
    String englishUrl = browser.url();
    assertNotEquals(french.url(), englishUrl);
    assertTrue(browser.path().startsWith("/en/"), "English article at " + englishUrl);
    assertEquals("en", htmlLang(browser));
    WebElement english = browser.find(ARTICLE);
    assertEquals(french.storyId(), english.getDomAttribute("data-story-id"));
    assertNotEquals(french.headline(), english.findElement(By.tagName("h1")).getText());
    return englishUrl;
  }

  /** lang.js remembered the choice, and the cookie beats the browser's French Accept-Language. */
  private static void assertTheChoiceIsRemembered(Browser browser) {
    Cookie chosen = browser.cookie("lang");
    assertNotNull(chosen, "no lang cookie after choosing English");
    assertEquals("en", chosen.getValue());
    assertEquals("/", chosen.getPath());
    browser.open("");
    assertEquals("/en/", browser.path());
    assertEquals("en", htmlLang(browser));
  }

  /** Back on the English article, the toggle, in French, leads to the French version. */
  private static void followReadInFrench(Browser browser, String englishUrl, French french) {
    browser.open(englishUrl);
    WebElement toFrench = browser.find(TO_FRENCH);
    assertEquals("Lire en français", toFrench.getText());
    assertEquals("fr", toFrench.getDomAttribute("lang"));
    browser.clickToNextPage(TO_FRENCH);
    assertEquals(french.url(), browser.url());
    WebElement backInFrench = browser.find(ARTICLE);
    assertEquals("fr", htmlLang(browser));
    assertEquals(french.storyId(), backInFrench.getDomAttribute("data-story-id"));
    assertEquals(french.headline(), backInFrench.findElement(By.tagName("h1")).getText());
    assertEquals("fr", browser.cookie("lang").getValue());
  }

  private static String htmlLang(Browser browser) {
    return browser.find(By.tagName("html")).getDomAttribute("lang");
  }
}
