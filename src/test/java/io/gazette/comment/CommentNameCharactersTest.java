package io.gazette.comment;

import static io.gazette.comment.CommentFixtures.address;
import static io.gazette.comment.CommentFixtures.comment;
import static io.gazette.comment.CommentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.i18n.HiddenCharacters;
import io.gazette.i18n.ReaderMessages;
import io.gazette.web.FormStamps;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names that could pass for others or reorder the page are refused, by form and API; bodies keep
 * right-to-left text and controls, shown isolated.
 */
@QuarkusTest
class CommentNameCharactersTest {

  @Inject Fixtures fixtures;
  @Inject FormStamps stamps;
  @Inject StoredComments stored;
  @Inject CommentFixtures comments;

  private long articleId;
  private String path;

  @BeforeEach
  void article() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Noms"));
    articleId = story.in("fr").id;
    path = story.path("fr");
  }

  private CommentPost form() {
    return CommentPost.valid(path, stamps.issue(Instant.now().minusSeconds(30)));
  }

  private static ReaderMessages messages(String lang) {
    return MessageBundles.get(ReaderMessages.class, Localized.Literal.of(lang));
  }

  private static String fieldError(String lang, CommentFieldError error) {
    return MessageBundles.get(CommentMessages.class, Localized.Literal.of(lang))
        .fieldError(error, error.max(), 0);
  }

  @Test
  void shouldRefuseEachBidiAndInvisibleCharacterInTheFormNameInFrench() {
    for (String hidden : HiddenCharacters.ALL) {
      Response response = form().with("name", HiddenCharacters.marieWith(hidden)).send();
      String what = HiddenCharacters.label(hidden);
      assertThat(response.statusCode()).as(what).isEqualTo(400);
      assertThat(Html.parse(response).selectFirst("#comment-name-error").text())
          .as(what)
          .isEqualTo(fieldError("fr", CommentFieldError.NAME_INVISIBLE))
          .startsWith("Votre nom contient des caractères invisibles");
    }
    assertThat(stored.count(articleId)).isZero();
  }

  @Test
  void shouldSayWhatIsWrongInEnglishOnAnEnglishPage() {
    var story = fixtures.story("World", List.of(), Fixtures.published("en", "Names"));
    Response response =
        CommentPost.valid(story.path("en"), stamps.issue(Instant.now().minusSeconds(30)))
            .with("name", "Ma\u202Eirie")
            .send();
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Html.parse(response).selectFirst("#comment-name-error").text())
        .startsWith("Your name contains invisible characters");
  }

  @Test
  void shouldRefuseEachBidiAndInvisibleCharacterInTheApiNameNamingTheField() {
    for (String hidden : HiddenCharacters.ALL) {
      Response refused =
          post(articleId, address(), comment(HiddenCharacters.marieWith(hidden), "Un avis."));
      CommentApiTest.assertProblem(refused, 400, "invalid-fields");
      assertThat(refused.jsonPath().getList("errors", Map.class))
          .as(HiddenCharacters.label(hidden))
          .containsExactly(Map.of("field", "name", "code", "invisible-characters"));
    }
    assertThat(comments.count(articleId)).isZero();
  }

  @Test
  void shouldRefuseAnEmailThatHidesCharacters() {
    var json = comment("Marie", "Un avis.");
    json.put("email", "marie\u202Eum.liam@example.mu");
    Response refused = post(articleId, address(), json);
    assertThat(refused.jsonPath().getList("errors", Map.class))
        .containsExactly(Map.of("field", "email", "code", "invalid"));
  }

  @Test
  void shouldKeepARightToLeftBodyAndShowItIsolated() {
    String body = "مرحبا \u202Bبالعالم\u202C 123 \u2067abc\u2069 شكرا";
    String name = "محمد\u200Cرضا";
    Response sent = form().with("name", name).with("body", body).send();
    assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
    var comment = stored.latest(articleId);
    assertThat(comment.body()).isEqualTo(body);
    comments.approve(comment.id());

    Document page = Html.page(path);
    var shown = page.selectFirst("#comment-" + comment.id());
    assertThat(shown.selectFirst(".comment-text").attr("dir")).isEqualTo("auto");
    assertThat(shown.selectFirst(".comment-text").text()).isEqualTo(body);
    assertThat(shown.selectFirst(".comment-meta bdi").text()).isEqualTo(name);
    assertThat(shown.selectFirst(".reply-link").attr("aria-label"))
        .contains("\u2068" + name + "\u2069");
    assertThat(page.selectFirst("#comment-name").attr("dir")).isEqualTo("auto");
    assertThat(page.selectFirst("#comment-body").attr("dir")).isEqualTo("auto");
  }

  @Test
  void shouldShowNamesInBdiAndBodiesDirAutoInTheModerationQueue() {
    String name = "سارة " + Fixtures.mark();
    Response sent = form().with("name", name).with("body", "نص \u202Eمعكوس").send();
    assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
    long id = stored.latest(articleId).id();

    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    Document queue =
        Html.parse(
            moderator
                .request()
                .get("/admin/comments?article=" + articleId)
                .then()
                .extract()
                .response());
    var row = queue.selectFirst("tr#comment-" + id);
    assertThat(row.selectFirst(".comment-name > bdi").text()).isEqualTo(name);
    assertThat(row.selectFirst(".comment-email").tagName()).isEqualTo("bdi");
    assertThat(row.selectFirst(".comment-plain").attr("dir")).isEqualTo("auto");
  }
}
