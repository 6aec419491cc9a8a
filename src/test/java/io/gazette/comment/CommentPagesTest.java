package io.gazette.comment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.i18n.ReaderMessages;
import io.gazette.moderation.ModerationService;
import io.gazette.web.FormStamps;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's side of comments on the article page: form, notice, threads, reply page. */
@QuarkusTest
class CommentPagesTest {

  @Inject Fixtures fixtures;
  @Inject FormStamps stamps;
  @Inject StoredComments stored;
  @Inject ModerationService moderation;

  private Fixtures.Created story;
  private long articleId;
  private String path;
  private SignedIn moderator;

  @BeforeEach
  void article() {
    story =
        fixtures.story(
            "World",
            List.of(),
            Fixtures.published("fr", "Commentaires"),
            Fixtures.published("en", "Comments"));
    articleId = story.in("fr").id;
    path = story.path("fr");
    moderator = fixtures.member(Role.MODERATOR);
  }

  private CommentPost comment() {
    return CommentPost.valid(path, stamps.issue(Instant.now().minusSeconds(30)));
  }

  /** Posts the comment, which must be accepted, and returns its stored id. */
  private long posted(CommentPost post) {
    Response response = post.send();
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
    return stored.latest(articleId).id();
  }

  private void approve(long id) {
    moderation.move(List.of(id), CommentStatus.APPROVED, moderator);
  }

  private static ReaderMessages messages(String lang) {
    return MessageBundles.get(ReaderMessages.class, Localized.Literal.of(lang));
  }

  private static String fieldError(String lang, CommentFieldError error) {
    return MessageBundles.get(CommentMessages.class, Localized.Literal.of(lang))
        .fieldError(error, error.max(), 0);
  }

  private static int count(Document page) {
    return Integer.parseInt(
        page.selectFirst("#comments-heading .count").text().replaceAll("\\D", ""));
  }

  @Test
  void shouldShowTheFormInTheLanguageOfThePage() {
    Document page = Html.page(path);
    Element form = page.selectFirst("form#comment-form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("action")).startsWith(path + "/comments");
    assertThat(form.selectFirst("label[for=comment-name]").text())
        .isEqualTo(messages("fr").commentNameLabel());
    assertThat(form.selectFirst("#comment-email-hint").text()).contains("Jamais publiée");
    assertThat(form.selectFirst("button[type=submit]").text())
        .isEqualTo(messages("fr").commentSubmit());
    Element trap = form.selectFirst("input[name=website]");
    assertThat(trap.attr("tabindex")).isEqualTo("-1");
    assertThat(trap.attr("autocomplete")).isEqualTo("off");
    assertThat(trap.attr("style")).isEmpty();
    assertThat(trap.parent().hasClass("comment-trap")).isTrue();
    assertThat(Html.page(story.path("en")).selectFirst("label[for=comment-body]").text())
        .isEqualTo("Your comment (required)");
  }

  @Test
  void shouldServeAFreshStampWithEveryCopyWithoutACookie() {
    Response first = given().when().get(path).then().statusCode(200).extract().response();
    assertThat(first.header("Set-Cookie")).isNull();
    assertThat(first.header("Cache-Control")).startsWith("public");
    assertThat(first.header("ETag")).isNotBlank();
    String stamp = Html.parse(first).selectFirst("input[name=stamp]").attr("value");
    assertThat(stamp).isNotEqualTo(FormStamps.PLACEHOLDER);
    assertThat(stamps.check(stamp)).isIn(FormStamps.Check.TOO_FAST, FormStamps.Check.ACCEPTED);
  }

  @Test
  void shouldRedirectToTheLocalizedAwaitingModerationNotice() {
    Response response = comment().send();

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.header("Location")).endsWith(path + "?comment=pending#comment-notice");
    assertThat(response.header("Set-Cookie")).isNull();
    Element notice = Html.page(path + "?comment=pending").selectFirst("#comment-notice");
    assertThat(notice.attr("role")).isEqualTo("status");
    assertThat(notice.text()).isEqualTo(messages("fr").commentNoticePending());
    assertThat(notice.text()).startsWith("Merci : votre commentaire a bien été reçu");
    String english = story.path("en");
    assertThat(Html.page(english + "?comment=pending").selectFirst("#comment-notice").text())
        .startsWith("Thank you: your comment was received and is awaiting moderation");
    assertThat(Html.page(english + "?comment=published").selectFirst("#comment-notice").text())
        .isEqualTo(messages("en").commentNoticePublished());
    assertThat(Html.page(path).selectFirst("#comment-notice")).isNull();
    assertThat(Html.page(path + "?comment=other").selectFirst("#comment-notice")).isNull();
  }

  @Test
  void shouldKeepAPendingCommentOutOfThePageAndTheCountUntilApproved() {
    CommentPost post = comment().with("body", "Un avis mesuré " + Fixtures.mark());
    long id = posted(post);
    String email = stored.latest(articleId).email();

    Document pending = Html.page(path);
    assertThat(pending.select("#comment-" + id)).isEmpty();
    assertThat(count(pending)).isZero();

    approve(id);

    Document approved = Html.page(path);
    assertThat(approved.selectFirst("#comment-" + id + " .comment-text").text())
        .startsWith("Un avis mesuré");
    assertThat(count(approved)).isEqualTo(1);
    String html = given().when().get(path).then().extract().asString();
    assertThat(html).doesNotContain(email).doesNotContain(email.split("@")[0]);
  }

  @Test
  void shouldShowScriptPayloadsAsText() {
    List<String> payloads =
        List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)");
    for (String payload : payloads) {
      approve(posted(comment().with("name", payload).with("body", payload)));
    }

    Document page = Html.page(path);

    assertThat(page.select("script:not([type=application/ld+json])"))
        .allMatch(script -> script.attr("src").startsWith("/static/"));
    assertThat(page.select("img, [onerror], a[href^=javascript]")).isEmpty();
    var comments = page.select(".comment-list .comment-body");
    assertThat(comments).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(comments.get(i).selectFirst(".comment-text").text()).isEqualTo(payloads.get(i));
      assertThat(comments.get(i).selectFirst(".comment-meta").text()).startsWith(payloads.get(i));
    }
  }

  @Test
  void shouldKeepEverythingTypedWithFrenchMessagesOnARefusal() {
    String name = "<script>alert(1)</script> Zoé";
    String body = "Première ligne\n<img src=x onerror=alert(1)>\n« guillemets » & \"quotes\"";
    Response response =
        comment().with("name", name).with("email", "zoé@@exemple").with("body", body).send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    Document page = Html.parse(response);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("input[name=name]").attr("value")).isEqualTo(name);
    assertThat(page.selectFirst("input[name=email]").attr("value")).isEqualTo("zoé@@exemple");
    assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo(body);
    assertThat(page.selectFirst("#comment-email-error").text())
        .isEqualTo(fieldError("fr", CommentFieldError.EMAIL_INVALID));
    assertThat(page.selectFirst("input[name=email]").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#comment-problem").text())
        .isEqualTo(messages("fr").commentProblemFields());
    assertThat(page.select("script:not([type=application/ld+json])"))
        .allMatch(script -> script.hasAttr("src"));
    assertThat(page.select("img")).isEmpty();
    assertThat(Html.page(path).selectFirst("#comment-problem")).as("not cached").isNull();
  }

  @Test
  void shouldNestAReplyUnderTheApprovedCommentItAnswers() {
    long parent = posted(comment().with("body", "Le premier avis " + Fixtures.mark()));
    approve(parent);

    long reply = posted(comment().with("parentId", Long.toString(parent)));

    assertThat(stored.latest(articleId).parentId()).isEqualTo(parent);
    approve(reply);
    Document page = Html.page(path);
    Element thread = page.selectFirst("#comment-" + parent).parent();
    assertThat(thread.select(".comment-replies #comment-" + reply)).hasSize(1);
    assertThat(count(page)).isEqualTo(2);
  }

  @Test
  void shouldRefuseAReplyToAPendingOrUnknownComment() {
    long pending = posted(comment());
    for (String parentId : List.of(Long.toString(pending), "999999999", "abc")) {
      long before = stored.count(articleId);
      Response response = comment().with("parentId", parentId).send();
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(stored.count(articleId)).isEqualTo(before);
      Document page = Html.parse(response);
      assertThat(page.selectFirst("#comment-parent-error").text())
          .isEqualTo(fieldError("fr", CommentFieldError.PARENT_INVALID));
      assertThat(page.selectFirst("input[name=parentId]").attr("value")).isEmpty();
    }
  }

  @Test
  void shouldServeAReplyPageThatWorksWithoutJavaScript() {
    long parent = posted(comment().with("body", "À qui répondre " + Fixtures.mark()));
    given().when().get(path + "/comments/" + parent + "/reply").then().statusCode(404);
    approve(parent);

    Element link = Html.page(path).selectFirst("#comment-" + parent + " a.reply-link");
    assertThat(link.text()).isEqualTo("Répondre");
    Document reply = Html.page(link.attr("href"));

    assertThat(reply.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(reply.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(reply.select("link[rel=canonical], link[rel=alternate][hreflang]")).isEmpty();
    assertThat(reply.selectFirst(".replied-comment .comment-text").text()).startsWith("À qui");
    assertThat(reply.selectFirst("input[name=parentId]").attr("value"))
        .isEqualTo(Long.toString(parent));
    assertThat(reply.selectFirst("input[name=stamp]").attr("value"))
        .isNotEqualTo(FormStamps.PLACEHOLDER);
    assertThat(reply.selectFirst("main button[type=submit]").text())
        .isEqualTo(messages("fr").replySubmit());
    given().when().get(path + "/comments/999999999/reply").then().statusCode(404);
  }

  @Test
  void shouldShowTheReplyPageAgainWhenAReplyIsRefused() {
    long parent = posted(comment());
    approve(parent);

    Response response = comment().with("parentId", Long.toString(parent)).with("body", "").send();

    assertThat(response.statusCode()).isEqualTo(400);
    Document page = Html.parse(response);
    assertThat(page.selectFirst(".replied-comment #comment-" + parent)).isNotNull();
    assertThat(page.selectFirst("input[name=parentId]").attr("value"))
        .isEqualTo(Long.toString(parent));
    assertThat(page.selectFirst("#comment-body-error").text())
        .isEqualTo(fieldError("fr", CommentFieldError.BODY_REQUIRED));
  }

  @Test
  void shouldMarkTheNewsroomsRepliesWithABadge() {
    long parent = posted(comment());
    var staff = moderation.reply(parent, "Merci pour votre message.", moderator);
    assertThat(staff.error()).isNull();

    Document page = Html.page(path);

    assertThat(page.selectFirst("#comment-" + staff.id() + " .badge-staff").text())
        .isEqualTo("Rédaction");
    assertThat(page.selectFirst("#comment-" + parent + " .badge-staff")).isNull();
  }
}
