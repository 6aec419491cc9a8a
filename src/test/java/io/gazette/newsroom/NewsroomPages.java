package io.gazette.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.browser.Browser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The newsroom's article pages as an editor uses them in the browser. */
final class NewsroomPages {

  private static final Pattern EDIT_PATH = Pattern.compile("/admin/articles/(\\d+)");
  private static final By EDITOR = By.cssSelector("trix-editor");
  private static final By BODY_INPUT = By.id("bodyHtml");

  private final Browser browser;

  NewsroomPages(Browser browser) {
    this.browser = browser;
  }

  Browser browser() {
    return browser;
  }

  /** Fills the new-story form in French, body typed into Trix; returns the new article's id. */
  long writeFrenchStory(String title) {
    browser.open("admin/articles/new");
    browser.select(By.id("lang"), "fr");
    browser.type(By.id("title"), title);
    browser.type(
        By.id("standfirst"),
        "Après trois soirées de débats, la ville sait enfin où ira son argent.");
    browser.select(By.id("section"), firstSection());
    browser.type(By.id("tags"), "budget, conseil municipal");
    typeInTrix(
        "Le budget a été adopté mardi soir par vingt voix contre neuf.",
        "Les écoles et les transports en reçoivent la plus grande part.");
    browser.clickToNextPage(By.cssSelector("form.article-form button[type=submit]"));
    long id = editPageId();
    assertEquals(title, browser.find(By.id("title")).getDomProperty("value"));
    assertNotice();
    return id;
  }

  private String firstSection() {
    return browser.findAll(By.cssSelector("#section option")).stream()
        .map(option -> option.getDomAttribute("value"))
        .filter(value -> value != null && !value.isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section to choose"));
  }

  /** Types paragraphs into the Trix editor and waits until its hidden input carries them. */
  private void typeInTrix(String first, String second) {
    browser.click(EDITOR);
    // The click put the caret where it landed; the paragraphs go after what the editor holds.
    browser.script(
        "var e = arguments[0].editor; e.setSelectedRange(e.getDocument().getLength() - 1)", EDITOR);
    // Key by key with a wait after each step: on a loaded machine the editor may still be
    // handling one key when the next arrives.
    browser.type(EDITOR, first);
    browser.waitForText(BODY_INPUT, first);
    browser.type(EDITOR, Keys.ENTER);
    browser.waitForText(BODY_INPUT, "</p><p>");
    browser.type(EDITOR, second);
    String html = browser.waitForText(BODY_INPUT, second).getDomProperty("value");
    assertTrue(html.contains("<p>" + first + "</p>"), "paragraphs in the body: " + html);
  }

  /** Publishes the article open on its edit page; returns its reader path, which starts so. */
  String publishOpenArticle(long id, String readerPrefix) {
    if (!EDIT_PATH.matcher(browser.path()).matches()) {
      browser.open("admin/articles/" + id);
    }
    browser.clickToNextPage(By.cssSelector("form#publish-now button[type=submit]"));
    assertEquals(id, editPageId());
    assertNotice();
    assertTrue(
        browser.findAll(By.cssSelector("form#publish-now")).isEmpty(), "still offered to publish");
    return browser
        .find(By.cssSelector(".article-links a[href^='" + readerPrefix + "']"))
        .getDomAttribute("href");
  }

  long storyIdOnEditPage() {
    String href =
        browser
            .find(By.cssSelector(".article-links a[href^='/admin/stories/']"))
            .getDomAttribute("href");
    return Long.parseLong(href.substring("/admin/stories/".length()));
  }

  /** The edit link of a language's version, on the story overview. */
  By editLinkOf(String lang) {
    String row = "tr#lang-" + lang + " .story-actions a";
    String href =
        browser.findAll(By.cssSelector(row)).stream()
            .map(a -> a.getDomAttribute("href"))
            .filter(link -> EDIT_PATH.matcher(link).matches())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no edit link for the " + lang + " version"));
    return By.cssSelector(row + "[href='" + href + "']");
  }

  /** The id of the article whose edit page this is. */
  long editPageId() {
    Matcher matcher = EDIT_PATH.matcher(browser.path());
    assertTrue(matcher.matches(), "an article's edit page: " + browser.path());
    return Long.parseLong(matcher.group(1));
  }

  String stateOf(String lang) {
    return browser.find(By.id("lang-" + lang)).getDomAttribute("data-state");
  }

  void assertNotice() {
    WebElement notice = browser.find(By.cssSelector("main p.notice[role=status]"));
    assertFalse(notice.getText().isBlank(), "empty notice");
  }
}
