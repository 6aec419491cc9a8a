package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.story.ArticleStatus;
import io.gazette.web.FormStamps;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad input and every defence of the reader's comment form: refused, and nothing stored. */
@QuarkusTest
class CommentDefencesTest {

  @Inject Fixtures fixtures;
  @Inject FormStamps stamps;
  @Inject StoredComments stored;
  @Inject Blocklist blocklist;

  private long articleId;
  private String path;

  @BeforeEach
  void article() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Défenses"));
    articleId = story.in("fr").id;
    path = story.path("fr");
  }

  private CommentPost comment() {
    return CommentPost.valid(path, stamps.issue(Instant.now().minusSeconds(30)));
  }

  /** Sends the comment, expects the status, and checks that nothing was stored. */
  private Response refused(CommentPost post, int status) {
    long before = stored.count(articleId);
    Response response = post.send();
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(stored.count(articleId)).as("stored comments").isEqualTo(before);
    assertThat(response.header("Set-Cookie")).isNull();
    return response;
  }

  private static String fieldError(Response response, String field) {
    var error = Html.parse(response).selectFirst("#comment-" + field + "-error");
    return error == null ? null : error.text();
  }

  @Test
  void shouldRefuseAnEmptyOrOverlongName() {
    assertThat(fieldError(refused(comment().with("name", "  "), 400), "name")).isNotBlank();
    var tooLong = refused(comment().with("name", "n".repeat(101)), 400);
    assertThat(fieldError(tooLong, "name")).contains("100");
  }

  @Test
  void shouldRefuseAMalformedOrOverlongEmail() {
    assertThat(fieldError(refused(comment().with("email", "not-an-email"), 400), "email"))
        .isNotBlank();
    String long255 = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + ".example.com";
    String email = long255 + "x".repeat(255 - long255.length());
    assertThat(email).hasSize(255);
    assertThat(fieldError(refused(comment().with("email", email), 400), "email")).contains("254");
  }

  @Test
  void shouldRefuseAnEmptyOrOverlongBody() {
    assertThat(fieldError(refused(comment().with("body", "\n \n"), 400), "body")).isNotBlank();
    var tooLong = refused(comment().with("body", "é".repeat(5_001)), 400);
    assertThat(fieldError(tooLong, "body")).contains("5001").contains("5000");
  }

  @Test
  void shouldAcceptFiveThousandArabicCharactersWhole() {
    String letters = "مرحبابكمفيالنقاش";
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() < 5_000; i++) {
      body.append(i % 40 == 39 ? ' ' : letters.charAt(i % letters.length()));
    }
    body.setCharAt(4_999, 'ش');
    assertThat(body.codePointCount(0, body.length())).isEqualTo(5_000);

    Response response = comment().with("body", body.toString()).send();

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
    assertThat(stored.latest(articleId).body()).isEqualTo(body.toString());
  }

  @Test
  void shouldAcceptFiveThousandEmojiWhole() {
    String body = "😀".repeat(5_000);
    assertThat(body.codePointCount(0, body.length())).isEqualTo(5_000);

    Response response = comment().with("body", body).send();

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
    assertThat(stored.latest(articleId).body()).isEqualTo(body);
  }

  @Test
  void shouldRefuseNulAndControlCharacters() {
    assertThat(fieldError(refused(comment().with("body", "Bonjour\u0000monde"), 400), "body"))
        .isNotBlank();
    assertThat(fieldError(refused(comment().with("body", "Bip\u0007\u001b[31m"), 400), "body"))
        .isNotBlank();
    assertThat(fieldError(refused(comment().with("name", "Marie\u0000"), 400), "name"))
        .isNotBlank();
    assertThat(fieldError(refused(comment().with("name", "Marie\nDupont"), 400), "name"))
        .isNotBlank();
  }

  @Test
  void shouldRefuseInvalidUtf8WithAFrenchMessageNeverAServerError() {
    for (byte[] bytes :
        List.of(
            "%FF%FE".getBytes(StandardCharsets.US_ASCII),
            "%C3%28".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'})) {
      var response = refused(comment().without("body").rawField("body", bytes), 400);
      assertThat(fieldError(response, "body")).startsWith("Votre commentaire contient");
    }
  }

  @Test
  void shouldRefuseABrokenPercentEncodingWithTheFormAgain() {
    for (String broken : List.of("%ZZ", "%", "%F")) {
      var response =
          refused(
              comment().without("body").rawField("body", broken.getBytes(StandardCharsets.UTF_8)),
              400);
      var page = Html.parse(response);
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
      assertThat(page.selectFirst("#comment-problem").text()).contains("n’a pas pu être lu");
      assertThat(page.selectFirst("#comment-form")).isNotNull();
    }
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownArticle() {
    CommentPost post =
        CommentPost.valid("/fr/article-qui-n-existe-pas-" + Fixtures.mark(), stamp());
    Response response = post.send();
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Html.parse(response).selectFirst("html").attr("lang")).isEqualTo("fr");
    var broken = post.without("body").rawField("body", "%ZZ".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.send().statusCode()).isEqualTo(404);
    assertThat(CommentPost.valid("/xx/" + Fixtures.mark(), stamp()).send().statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldAnswerNotFoundForADraftArticle() {
    var draft =
        fixtures.story(
            "World", List.of(), Fixtures.withStatus("fr", "Brouillon", ArticleStatus.DRAFT));
    long draftId = draft.in("fr").id;

    Response response = CommentPost.valid(draft.path("fr"), stamp()).send();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(stored.count(draftId)).isZero();
  }

  @Test
  void shouldRefuseACommentOnAClosedStoryAndShowNoForm() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Fermé"));
    stored.closeComments(story.storyId());
    long closedId = story.in("fr").id;

    Response response = CommentPost.valid(story.path("fr"), stamp()).send();

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(stored.count(closedId)).isZero();
    var page = Html.parse(response);
    assertThat(page.selectFirst("#comment-form")).isNull();
    assertThat(page.select(".comments").text()).contains("Les commentaires sont fermés");
    assertThat(Html.page(story.path("fr")).selectFirst("#comment-form")).isNull();
  }

  @Test
  void shouldIgnoreAStatusSentWithTheComment() {
    Response response = comment().with("status", "APPROVED").with("staff", "true").send();

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(stored.latest(articleId).status()).isEqualTo(CommentStatus.PENDING);
  }

  @Test
  void shouldRefuseAFilledHoneypot() {
    var response = refused(comment().with("website", "http://spam.example"), 400);
    assertThat(Html.parse(response).selectFirst("#comment-problem").text())
        .contains("champ qui doit rester vide");
  }

  @Test
  void shouldRefuseAFormSentBackTooFast() {
    // Served "now" whatever the time the request takes to arrive.
    String justServed = stamps.issue(Instant.now().plusSeconds(60));
    var response = refused(comment().with("stamp", justServed), 400);
    var page = Html.parse(response);
    assertThat(page.selectFirst("#comment-problem").text()).contains("très rapidement");
    String fresh = page.selectFirst("input[name=stamp]").attr("value");
    assertThat(stamps.check(fresh)).isIn(FormStamps.Check.TOO_FAST, FormStamps.Check.ACCEPTED);
  }

  @Test
  void shouldRefuseAForgedMissingOrExpiredStamp() {
    String expired = stamps.issue(Instant.now().minus(Duration.ofHours(13)));
    for (CommentPost post :
        List.of(
            comment().with("stamp", "1700000000.forged"),
            comment().with("stamp", FormStamps.PLACEHOLDER),
            comment().without("stamp"),
            comment().with("stamp", expired))) {
      var response = refused(post, 400);
      assertThat(Html.parse(response).selectFirst("#comment-problem").text())
          .contains("envoyer de nouveau");
    }
  }

  @Test
  void shouldAnswerTooManyRequestsToTheSixthCommentFromOneAddress() {
    String address = CommentPost.freshAddress();
    for (int i = 0; i < 5; i++) {
      assertThat(comment().from(address).send().statusCode()).as("comment %d", i).isEqualTo(303);
    }
    var response = refused(comment().from(address), 429);
    assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    assertThat(Html.parse(response).selectFirst("#comment-problem").text())
        .contains("plusieurs commentaires");
  }

  @Test
  void shouldAnswerTooManyRequestsToTheFourthCommentFromOneEmail() {
    String email = "prolific-" + Fixtures.mark() + "@example.com";
    for (int i = 0; i < 3; i++) {
      assertThat(comment().with("email", email).send().statusCode()).isEqualTo(303);
    }
    var response = refused(comment().with("email", email), 429);
    assertThat(response.header("Retry-After")).matches("[1-9][0-9]*");
  }

  @Test
  void shouldRefuseTheSameCommentTwice() {
    CommentPost first = comment();
    assertThat(first.send().statusCode()).isEqualTo(303);
    var again = refused(first, 409);
    assertThat(Html.parse(again).selectFirst("#comment-problem").text()).contains("déjà envoyé");
  }

  @Test
  void shouldHoldACommentWithThreeLinks() {
    String body = "Voir https://a.example, https://b.example et www.c.example pour comparer.";
    assertThat(comment().with("body", body).send().statusCode()).isEqualTo(303);

    var held = stored.latest(articleId);
    assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
    assertThat(held.heldReason()).startsWith("links");
  }

  @Test
  void shouldFileACommentWithABlocklistedWordAsSpam() {
    String word = "zzcasino" + Fixtures.mark();
    assertThat(blocklist.add(BlockedTerm.Kind.WORD, word, "test")).isEmpty();

    Response response = comment().with("body", "Gagnez gros au " + word + " ce soir !").send();

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.header("Location")).contains("comment=pending");
    assertThat(stored.latest(articleId).status()).isEqualTo(CommentStatus.SPAM);
  }

  @Test
  void shouldStoreTheClientAddressTheProxyForwarded() {
    CommentPost post = comment();
    assertThat(post.send().statusCode()).isEqualTo(303);
    assertThat(stored.latest(articleId).clientAddress()).isEqualTo(post.address());
  }

  private String stamp() {
    return stamps.issue(Instant.now().minusSeconds(30));
  }
}
