package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Chromium;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A French reader comments in a real browser: the form in French, the "awaiting moderation" notice,
 * the comment shown once a moderator approved it, and a reply through the script that moves the
 * form under the comment.
 */
@QuarkusTest
class CommentBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** A person takes longer than the minimum fill time; the test waits that long too. */
  private static final long FILL_MILLIS = 3_500;

  @TestHTTPResource("/")
  URL root;

  @Inject Fixtures fixtures;
  @Inject StoredComments stored;

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
  void shouldTakeAFrenchCommentShowItOnceApprovedAndTakeAReply() throws InterruptedException {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Navigateur"));
    long articleId = story.in("fr").id;
    String article = root.toString().replaceAll("/$", "") + story.path("fr");
    String mark = Fixtures.mark();

    driver.get(article);
    WebElement form =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-form")));
    assertThat(form.findElement(By.cssSelector("label[for=comment-name]")).getText())
        .isEqualTo("Votre nom (obligatoire)");
    assertThat(driver.findElement(By.id("comment-website")).isDisplayed()).isFalse();
    form.findElement(By.name("name")).sendKeys("Zoé " + mark);
    form.findElement(By.name("email")).sendKeys("zoe-" + mark + "@example.com");
    form.findElement(By.name("body")).sendKeys("Très bon article.\nMerci " + mark);
    Thread.sleep(FILL_MILLIS);
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement notice =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-notice")));
    assertThat(driver.getCurrentUrl()).contains("?comment=pending");
    assertThat(notice.getText()).startsWith("Merci : votre commentaire a bien été reçu");
    long id = stored.latest(articleId).id();
    assertThat(driver.findElements(By.id("comment-" + id))).isEmpty();

    approveAsModerator(id, articleId);
    // The reader comes back and reloads: the browser revalidates its copy, whose ETag changed.
    driver.get(article + "?comment=pending");
    driver.navigate().refresh();
    WebElement comment =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-" + id)));
    assertThat(comment.findElement(By.className("comment-text")).getText())
        .isEqualTo("Très bon article.\nMerci " + mark);

    comment.findElement(By.cssSelector("a.reply-link")).click();
    form = driver.findElement(By.id("comment-form"));
    assertThat(form.findElement(By.xpath("..")).getDomAttribute("id")).isEqualTo("comment-" + id);
    assertThat(form.findElement(By.name("parentId")).getDomProperty("value"))
        .isEqualTo(Long.toString(id));
    assertThat(driver.getCurrentUrl()).doesNotContain("/reply");
    form.findElement(By.name("name")).sendKeys("Paul " + mark);
    form.findElement(By.name("email")).sendKeys("paul-" + mark + "@example.com");
    form.findElement(By.name("body")).sendKeys("Je ne suis pas d’accord.");
    Thread.sleep(FILL_MILLIS);
    form.findElement(By.cssSelector("button[type=submit]")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-notice")));
    assertThat(stored.latest(articleId).parentId()).isEqualTo(id);
  }

  /** A moderator signs in and approves the comment from the queue, filtered to its article. */
  private void approveAsModerator(long commentId, long articleId) {
    String base = root.toString().replaceAll("/$", "");
    driver.get(base + "/admin/login");
    driver.findElement(By.id("username")).sendKeys(fixtures.member(Role.MODERATOR).username());
    driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
    driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
    wait.until(ExpectedConditions.urlMatches("/admin/?$"));
    driver.get(base + "/admin/comments?status=pending&article=" + articleId);
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-comment-id='" + commentId + "']")));
    row.findElement(By.cssSelector("button.action-approve")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("tr[data-comment-id='" + commentId + "']")));
  }
}
