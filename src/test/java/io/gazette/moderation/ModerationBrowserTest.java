package io.gazette.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Chromium;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.comment.CommentStatus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The queue in a real browser: the "select every comment" box (script) ticks the whole page, and
 * one bulk button approves it.
 */
@QuarkusTest
class ModerationBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject Fixtures fixtures;
  @Inject CommentRows comments;

  @Test
  void shouldSelectEveryCommentOfThePageAndApproveThemAtOnce() throws Exception {
    long article =
        fixtures.story("World", List.of(), Fixtures.published("fr", "Navigateur")).in("fr").id;
    List<Long> ids =
        comments.add(article, 12, "Lu au navigateur " + Fixtures.mark(), CommentStatus.PENDING);
    String username = fixtures.member(Role.MODERATOR).username();
    try (Chromium browser = Chromium.start(Duration.ofSeconds(15))) {
      WebDriver driver = browser.driver();
      driver.get(root + "admin/login");
      driver.findElement(By.id("username")).sendKeys(username);
      driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
      browser
          .waiter()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".admin-who")));

      driver.get(root + "admin/comments?status=pending&article=" + article);
      WebElement all =
          browser
              .waiter()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("input[data-select-all]")));
      all.click();
      assertThat(driver.findElements(By.cssSelector("input[name=id]:checked"))).hasSize(12);
      driver.findElement(By.cssSelector(".bulk-top button[value=approve]")).click();
      browser
          .waiter()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
          .isEqualTo("12 commentaires approuvés.");
    }
    ids.forEach(id -> assertThat(comments.status(id)).contains(CommentStatus.APPROVED));
  }
}
