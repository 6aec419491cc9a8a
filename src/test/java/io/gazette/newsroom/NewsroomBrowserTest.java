package io.gazette.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.browser.Browser;
import io.gazette.browser.BrowserTest;
import io.gazette.browser.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The newsroom in a real browser: an editor signs in, writes a story in French in the Trix editor,
 * translates it into English beside the French source, publishes both, and reads both on the site
 * with the language toggle between them.
 */
@QuarkusTest
@BrowserTest
class NewsroomBrowserTest {

  private static final By ARTICLE = By.cssSelector("article.article[data-story-id]");

  @Inject Fixtures fixtures;

  @Test
  void shouldWriteTranslateAndPublishAStoryThenToggleBetweenItsLanguagesOnTheSite(Browser browser) {
    String mark = Fixtures.mark();
    String frenchTitle = "Le conseil municipal adopte son budget " + mark;
    String englishTitle = "The city council adopts its budget " + mark;
    SignedIn editor = fixtures.member(Role.EDITOR);
    NewsroomPages newsroom = new NewsroomPages(browser);

    // Opening /admin leads to the sign-in form, which leads back to the dashboard.
    browser.open("admin");
    assertEquals("/admin/login", browser.path());
    SignIn.as(browser, editor.username());
    long frenchId = newsroom.writeFrenchStory(frenchTitle);
    String frenchPath = newsroom.publishOpenArticle(frenchId, "/fr/");
    long storyId = newsroom.storyIdOnEditPage();

    long englishId = translateIntoEnglish(newsroom, storyId, frenchTitle, englishTitle);
    String englishPath = newsroom.publishOpenArticle(englishId, "/en/");
    browser.open("admin/stories/" + storyId);
    assertEquals("published", newsroom.stateOf("fr"));
    assertEquals("published", newsroom.stateOf("en"));

    readBothWithTheToggle(browser, frenchPath, frenchTitle, englishPath, englishTitle, storyId);
  }

  /** From the story overview, translates the French version beside its source; returns the id. */
  private long translateIntoEnglish(
      NewsroomPages newsroom, long storyId, String frenchTitle, String englishTitle) {
    Browser browser = newsroom.browser();
    browser.open("admin/stories/" + storyId);
    assertEquals("missing", newsroom.stateOf("en"));
    By translate = By.cssSelector("tr#lang-en a[href$='/translate/en']");
    assertEquals("Traduire en anglais", browser.find(translate).getText());
    browser.clickToNextPage(translate);
    WebElement source = browser.find(By.cssSelector("section.source-pane"));
    assertEquals("fr", source.getDomAttribute("lang"));
    assertEquals(frenchTitle, source.findElement(By.cssSelector(".source-title")).getText());

    writeEnglish(browser, englishTitle);
    browser.clickToNextPage(By.cssSelector("form[action$='/translate/en'] button[type=submit]"));
    assertEquals("/admin/stories/" + storyId, browser.path());
    newsroom.assertNotice();
    assertEquals("draft", newsroom.stateOf("en"));
    browser.clickToNextPage(newsroom.editLinkOf("en"));
    return newsroom.editPageId();
  }

  private static void writeEnglish(Browser browser, String englishTitle) {
    browser.type(By.id("title"), englishTitle);
    browser.type(
        By.id("standfirst"),
        "After three evenings of debate, the city knows where its money will go.");
    browser.type(
        By.id("body"),
        "The budget was adopted on Tuesday night by twenty votes to nine.",
        Keys.ENTER,
        Keys.ENTER,
        "Schools and transport receive the largest share.");
  }

  /** Reads the French page, follows the toggle to English and back. */
  private static void readBothWithTheToggle(
      Browser browser,
      String frenchPath,
      String frenchTitle,
      String englishPath,
      String englishTitle,
      long story) {
    browser.open(frenchPath.substring(1));
    WebElement french = browser.find(ARTICLE);
    assertEquals(frenchTitle, french.findElement(By.tagName("h1")).getText());
    assertEquals(String.valueOf(story), french.getDomAttribute("data-story-id"));
    assertTrue(
        french.findElement(By.cssSelector(".article-body")).getText().contains("vingt voix"),
        "French body on the reader page");

    assertEquals("Read in English", followToggle(browser, "en"));
    assertEquals(englishPath, browser.path());
    WebElement english = browser.find(ARTICLE);
    assertEquals(englishTitle, english.findElement(By.tagName("h1")).getText());
    assertEquals(String.valueOf(story), english.getDomAttribute("data-story-id"));
    assertEquals(2, english.findElements(By.cssSelector(".article-body p")).size());

    assertEquals("Lire en français", followToggle(browser, "fr"));
    assertEquals(frenchPath, browser.path());
    assertEquals(frenchTitle, browser.find(ARTICLE).findElement(By.tagName("h1")).getText());
  }

  /** Follows the language toggle to the other language; returns the toggle's text. */
  private static String followToggle(Browser browser, String lang) {
    By toggle = By.cssSelector("nav.language-switch a[hreflang=" + lang + "]");
    String text = browser.find(toggle).getText();
    browser.clickToNextPage(toggle);
    return text;
  }
}
