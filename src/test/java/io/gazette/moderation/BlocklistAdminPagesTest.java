package io.gazette.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.comment.Comment;
import io.gazette.comment.CommentOutcome;
import io.gazette.comment.CommentService;
import io.gazette.comment.CommentStatus;
import io.gazette.comment.CommentSubmission;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BlocklistAdminPagesTest {

  @Inject Fixtures fixtures;
  @Inject CommentService commentService;
  @Inject CommentRows comments;

  private AdminSession moderator() {
    return AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
  }

  private static Document page(AdminSession session) {
    return Html.parse(
        session
            .request()
            .get("/admin/comments/blocklist")
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  private static Document add(AdminSession session, String kind, String term, int status) {
    return Html.parse(
        session
            .form()
            .formParam("kind", kind)
            .formParam("term", term)
            .post("/admin/comments/blocklist")
            .then()
            .statusCode(status)
            .extract()
            .response());
  }

  private static Element listed(Document page, String kind, String term) {
    return page.select("#blocklist-" + kind + " li").stream()
        .filter(li -> li.selectFirst("code").text().equals(term))
        .findFirst()
        .orElse(null);
  }

  /** A fresh client address, clear of the per-address limit. */
  private static String address() {
    return "2001:db8:"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff))
        + "::7";
  }

  private Comment post(String name, String email, String body, String address) {
    long article =
        fixtures.story("World", List.of(), Fixtures.published("fr", "Blocage")).in("fr").id;
    var outcome =
        commentService.post(new CommentSubmission(article, null, name, email, body), address);
    assertThat(outcome).isInstanceOf(CommentOutcome.Accepted.class);
    return comments.find(((CommentOutcome.Accepted) outcome).id()).orElseThrow();
  }

  @Test
  void shouldAddAndRemoveAWord() {
    var session = moderator();
    String word = "casinomark" + Fixtures.mark();
    add(session, "word", "  " + word.toUpperCase() + " ", 303);
    Document page = page(session);
    Element item = listed(page, "word", word);
    assertThat(item).isNotNull();
    assertThat(page.select("#blocklist-word .field-hint").text()).isNotBlank();
    assertThat(page.select("#blocklist-email .field-hint").text()).contains("@example.com");
    assertThat(page.select("#blocklist-address .field-hint").text()).contains("*");

    String removed =
        session
            .form()
            .post(item.selectFirst("form").attr("action"))
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(removed).endsWith("/admin/comments/blocklist?done=removed");
    assertThat(listed(page(session), "word", word)).isNull();
    session.form().post(item.selectFirst("form").attr("action")).then().statusCode(404);
  }

  @Test
  void shouldRefuseADuplicateOrEmptyTermKeepingWhatWasTyped() {
    var session = moderator();
    String domain = "@dup-" + Fixtures.mark() + ".example";
    add(session, "email", domain, 303);
    Document refused = (add(session, "email", domain.toUpperCase(), 409));
    assertThat(refused.select(".form-error").text()).contains("figure déjà");
    assertThat(refused.selectFirst("input[name=term]").val()).isEqualTo(domain.toUpperCase());
    assertThat(refused.selectFirst("select[name=kind] option[selected]").val()).isEqualTo("email");

    Document empty = (add(session, "word", "  ", 400));
    assertThat(empty.select(".form-error").text()).isEqualTo("Saisissez un terme.");
    Document kind = (add(session, "colour", "rouge", 400));
    assertThat(kind.select(".form-error").text()).isEqualTo("Choisissez ce que le terme bloque.");
    assertThat(kind.selectFirst("input[name=term]").val()).isEqualTo("rouge");
  }

  @Test
  void shouldFileAsSpamACommentWithABlockedWord() {
    String word = "viagramark" + Fixtures.mark();
    add(moderator(), "word", word, 303);
    Comment spam =
        post("Ivan", "ivan@example.org", "Achetez du " + word.toUpperCase() + " ici", address());
    assertThat(spam.status).isEqualTo(CommentStatus.SPAM);
    assertThat(spam.heldReason).startsWith("blocklist").contains(word);
    Comment clean = post("Ivan", "ivan2@example.org", "Rien à voir " + Fixtures.mark(), address());
    assertThat(clean.status).isEqualTo(CommentStatus.PENDING);
  }

  @Test
  void shouldFileAsSpamCommentsFromBlockedEmailsDomainsAndAddresses() {
    var session = moderator();
    String mark = Fixtures.mark();
    String email = "spammer-" + mark + "@example.org";
    String domain = "@" + mark + ".example";
    String prefix =
        "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":";
    add(session, "email", email, 303);
    add(session, "email", domain, 303);
    add(session, "address", prefix + "*", 303);

    Comment byEmail = post("Jo", email.toUpperCase(), "Texte A " + mark, address());
    Comment byDomain = post("Jo", "quelqu.un@" + mark + ".example", "Texte B " + mark, address());
    Comment byAddress = post("Jo", "jo-" + mark + "@example.net", "Texte C " + mark, prefix + "42");
    for (Comment comment : List.of(byEmail, byDomain, byAddress)) {
      assertThat(comment.status).isEqualTo(CommentStatus.SPAM);
      assertThat(comment.heldReason).startsWith("blocklist");
    }
    assertThat(byDomain.heldReason).contains(domain);
    assertThat(byAddress.heldReason).contains("address");

    Document queue =
        Html.parse(
            session
                .request()
                .get("/admin/comments?status=spam&q=" + mark)
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(queue.select("tr[data-comment-id] .held-reason").text()).contains(domain);
  }
}
