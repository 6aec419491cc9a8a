package io.gazette.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.browser.Browser;
import io.gazette.browser.BrowserTest;
import io.gazette.browser.SignIn;
import io.gazette.comment.CommentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The queue in a real browser: the "select every comment" box (script) ticks the whole page, and
 * one bulk button approves it.
 */
@QuarkusTest
@BrowserTest
class ModerationBrowserTest {

  @Inject Fixtures fixtures;
  @Inject CommentRows comments;

  @Test
  void shouldSelectEveryCommentOfThePageAndApproveThemAtOnce(Browser browser) {
    long article =
        fixtures.story("World", List.of(), Fixtures.published("fr", "Navigateur")).in("fr").id;
    List<Long> ids =
        comments.add(article, 12, "Lu au navigateur " + Fixtures.mark(), CommentStatus.PENDING);
    SignIn.as(browser, fixtures.member(Role.MODERATOR).username());

    browser.open("admin/comments?status=pending&article=" + article);
    browser.click(By.cssSelector("input[data-select-all]"));
    assertThat(browser.findAll(By.cssSelector("input[name=id]:checked"))).hasSize(12);
    browser.clickToNextPage(By.cssSelector(".bulk-top button[value=approve]"));
    assertThat(browser.find(By.cssSelector("p.notice")).getText())
        .isEqualTo("12 commentaires approuvés.");
    ids.forEach(id -> assertThat(comments.status(id)).contains(CommentStatus.APPROVED));
  }
}
