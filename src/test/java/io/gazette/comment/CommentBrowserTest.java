package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.GazetteConfig;
import io.gazette.admin.Role;
import io.gazette.browser.Browser;
import io.gazette.browser.BrowserTest;
import io.gazette.browser.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A French reader comments in a real browser: the form in French, the "awaiting moderation" notice,
 * the comment shown once a moderator approved it, and a reply through the script that moves the
 * form under the comment.
 */
@QuarkusTest
@BrowserTest
class CommentBrowserTest {

  private static final By FORM = By.id("comment-form");
  private static final By NOTICE = By.id("comment-notice");

  @Inject Fixtures fixtures;
  @Inject StoredComments stored;
  @Inject GazetteConfig config;

  @Test
  void shouldTakeAFrenchCommentShowItOnceApprovedAndTakeAReply(Browser browser) {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Navigateur"));
    long articleId = story.in("fr").id;
    String article = story.path("fr").substring(1);
    String mark = Fixtures.mark();

    long id = commentInFrench(browser, article, articleId, mark);
    approveAsModerator(browser, id, articleId);
    // The reader comes back and reloads: the browser revalidates its copy, whose ETag changed.
    browser.open(article + "?comment=pending");
    browser.reload();
    WebElement comment = browser.find(By.id("comment-" + id));
    assertThat(comment.findElement(By.className("comment-text")).getText())
        .isEqualTo("Très bon article.\nMerci " + mark);

    replyTo(browser, id, mark);
    assertThat(browser.find(NOTICE).isDisplayed()).isTrue();
    assertThat(stored.latest(articleId).parentId()).isEqualTo(id);
  }

  /** The form speaks French and the comment awaits moderation; returns the comment's id. */
  private long commentInFrench(Browser browser, String article, long articleId, String mark) {
    browser.open(article);
    WebElement form = browser.find(FORM);
    assertThat(form.findElement(By.cssSelector("label[for=comment-name]")).getText())
        .isEqualTo("Votre nom (obligatoire)");
    assertThat(browser.find(By.id("comment-website")).isDisplayed()).isFalse();
    send(
        browser, "Zoé " + mark, "zoe-" + mark + "@example.com", "Très bon article.\nMerci " + mark);

    WebElement notice = browser.find(NOTICE);
    assertThat(notice.isDisplayed()).isTrue();
    assertThat(browser.url()).contains("?comment=pending");
    assertThat(notice.getText()).startsWith("Merci : votre commentaire a bien été reçu");
    long id = stored.latest(articleId).id();
    assertThat(browser.findAll(By.id("comment-" + id))).isEmpty();
    return id;
  }

  /** "Reply" moves the form under the comment, in this page, and the reply is sent from there. */
  private void replyTo(Browser browser, long id, String mark) {
    browser.click(By.cssSelector("#comment-" + id + " a.reply-link"));
    // The script's last change to the form: it shows the button that puts the form back.
    browser.waitFor(
        "the reply form under comment " + id,
        d -> d.findElement(By.cssSelector("#comment-form .cancel-reply")).isDisplayed());
    WebElement form = browser.find(FORM);
    assertThat(form.findElement(By.xpath("..")).getDomAttribute("id")).isEqualTo("comment-" + id);
    assertThat(form.findElement(By.name("parentId")).getDomProperty("value"))
        .isEqualTo(Long.toString(id));
    assertThat(browser.url()).doesNotContain("/reply");
    send(browser, "Paul " + mark, "paul-" + mark + "@example.com", "Je ne suis pas d’accord.");
  }

  /** Fills the comment form and sends it once a person could have filled it. */
  private void send(Browser browser, String name, String email, String body) {
    browser.type(By.cssSelector("#comment-form [name=name]"), name);
    browser.type(By.cssSelector("#comment-form [name=email]"), email);
    browser.type(By.cssSelector("#comment-form [name=body]"), body);
    waitUntilAPersonCouldHaveFilledTheForm(browser);
    browser.clickToNextPage(By.cssSelector("#comment-form button[type=submit]"));
  }

  /**
   * The server refuses a form sent back sooner than a person fills one, after the time its stamp
   * says it was served; the server runs in this JVM, so its clock is this one.
   */
  private void waitUntilAPersonCouldHaveFilledTheForm(Browser browser) {
    String stamp =
        browser.find(By.cssSelector("#comment-form [name=stamp]")).getDomAttribute("value");
    Instant served = Instant.ofEpochSecond(Long.parseLong(stamp.substring(0, stamp.indexOf('.'))));
    Instant accepted = served.plusSeconds(config.comments().minFillSeconds());
    browser.waitFor(
        "the minimum fill time since " + served, d -> !Instant.now().isBefore(accepted));
  }

  /** A moderator signs in and approves the comment from the queue, filtered to its article. */
  private void approveAsModerator(Browser browser, long commentId, long articleId) {
    SignIn.as(browser, fixtures.member(Role.MODERATOR).username());
    browser.open("admin/comments?status=pending&article=" + articleId);
    By row = By.cssSelector("tr[data-comment-id='" + commentId + "']");
    browser.find(row);
    browser.clickToNextPage(
        By.cssSelector("tr[data-comment-id='" + commentId + "'] button.action-approve"));
    assertThat(browser.findAll(row)).isEmpty();
  }
}
