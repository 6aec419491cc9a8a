package io.gazette.comment;

import static io.gazette.comment.CommentFixtures.address;
import static io.gazette.comment.CommentFixtures.comment;
import static io.gazette.comment.CommentFixtures.path;
import static io.gazette.comment.CommentFixtures.post;
import static io.gazette.comment.CommentFixtures.reader;
import static io.gazette.comment.CommentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentApiTest {

  @Inject Fixtures fixtures;
  @Inject CommentFixtures comments;

  private long article;
  private String address;

  @BeforeEach
  void article() {
    article = fixtures.story("World", List.of(), Fixtures.published("fr", "Débat")).in("fr").id;
    address = address();
  }

  static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type"))
        .isEqualTo("https://gazette.example/problems/" + type);
  }

  private void assertRefused(Object body, String field, String code) {
    Response refused = post(article, address, body);
    assertProblem(refused, 400, "invalid-fields");
    assertThat(refused.jsonPath().getList("errors", Map.class))
        .as(refused.asString())
        .contains(Map.of("field", field, "code", code));
    assertThat(comments.count(article)).isZero();
  }

  private Response list(long articleId) {
    return reader(address).when().get(path(articleId));
  }

  private long accepted(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
    return response.jsonPath().getLong("id");
  }

  @Test
  void shouldTakeCommentPendingAndShowItOnlyOnceApproved() {
    Response sent = post(article, address, comment("Priya", "Enfin un quai neuf."));

    long id = accepted(sent);
    assertThat(sent.contentType()).startsWith("application/json");
    assertThat(sent.jsonPath().getString("status")).isEqualTo("pending");
    assertThat(comments.stored(id).status).isEqualTo(CommentStatus.PENDING);
    assertThat(comments.stored(id).clientAddress).isEqualTo(address);
    Response before = list(article);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.jsonPath().getList("items")).isEmpty();
    assertThat(before.jsonPath().getLong("meta.total")).isZero();

    ApiToken moderator = ApiToken.of(fixtures.member(Role.MODERATOR));
    moderator
        .request()
        .when()
        .post("/api/admin/v1/comments/" + id + "/approve")
        .then()
        .statusCode(200);

    Response after = list(article);
    assertThat(after.jsonPath().getList("items.id", Long.class)).containsExactly(id);
    assertThat(after.jsonPath().getLong("meta.total")).isEqualTo(1);
    assertThat(after.jsonPath().getString("items[0].name")).isEqualTo("Priya");
    assertThat(after.jsonPath().getString("items[0].body")).isEqualTo("Enfin un quai neuf.");
    assertThat(after.jsonPath().getMap("items[0]"))
        .containsOnlyKeys("id", "parentId", "name", "body", "createdAt", "staff");
  }

  @Test
  void shouldRefuseOverLongAndMalformedFieldsNamingEach() {
    Map<String, Object> good = comment("Priya", "Texte.");
    assertRefused(with(good, "name", "n".repeat(101)), "name", "too-long");
    assertRefused(with(good, "email", "pas-une-adresse"), "email", "invalid");
    String longEmail = "a".repeat(64) + "@" + "d".repeat(187) + ".mu";
    assertRefused(with(good, "email", longEmail), "email", "too-long");
    assertRefused(with(good, "body", "é".repeat(5001)), "body", "too-long");
  }

  @Test
  void shouldRefuseEmptyFieldsEachNamed() {
    Response refused = post(article, address, Map.of("name", " ", "email", "", "body", "\n"));

    assertProblem(refused, 400, "invalid-fields");
    assertThat(refused.jsonPath().getList("errors.field")).contains("name", "email", "body");
    assertThat(refused.jsonPath().getList("errors.code")).containsOnly("required");
    assertRefused(new HashMap<>(), "body", "required");
    assertThat(comments.count(article)).isZero();
  }

  @Test
  void shouldRefuseNulAndControlCharacters() {
    Map<String, Object> good = comment("Priya", "Texte.");
    assertRefused(with(good, "name", "Pri\u0000ya"), "name", "forbidden-characters");
    assertRefused(with(good, "body", "Bip\u0007 bip"), "body", "forbidden-characters");
    assertRefused(with(good, "body", "Moitié \ud800 d'emoji"), "body", "forbidden-characters");
  }

  @Test
  void shouldRefuseBytesThatAreNotUtf8NamingTheField() throws Exception {
    String json = "{\"name\": \"Priya\", \"email\": \"p@example.mu\", \"body\": \"caf#\"}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    int at = json.indexOf('#');
    byte[] invalid = new byte[body.length + 1];
    System.arraycopy(body, 0, invalid, 0, at);
    // A lead byte followed by no continuation byte, then the rest of the JSON.
    invalid[at] = (byte) 0xC3;
    invalid[at + 1] = (byte) 0x28;
    System.arraycopy(body, at + 1, invalid, at + 2, body.length - at - 1);

    var request =
        HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + path(article)))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofByteArray(invalid))
            .build();
    var refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body())
        .contains("invalid-fields", "{\"field\":\"body\",\"code\":\"forbidden-characters\"}");
    assertThat(comments.count(article)).isZero();
  }

  @Test
  void shouldAcceptFiveThousandArabicLettersOrEmojiWhole() {
    String arabic = "ض".repeat(5000);
    String emoji = "😀".repeat(5000);

    long first = accepted(post(article, address, comment("سارة", arabic)));
    long second = accepted(post(article, address, comment("Emoji", emoji)));

    assertThat(comments.stored(first).body).isEqualTo(arabic);
    assertThat(comments.stored(first).authorName).isEqualTo("سارة");
    assertThat(comments.stored(second).body).isEqualTo(emoji);
  }

  @Test
  void shouldAnswer404ForUnknownDraftOrNonNumericArticle() {
    long draft =
        fixtures
            .story("World", List.of(), Fixtures.withStatus("fr", "Brouillon", ArticleStatus.DRAFT))
            .in("fr")
            .id;
    Map<String, Object> body = comment("Priya", "Texte.");

    assertProblem(post(Long.MAX_VALUE, address, body), 404, "not-found");
    assertProblem(post(draft, address, body), 404, "not-found");
    assertProblem(
        reader(address).body(body).when().post("/api/v1/articles/abc/comments"), 404, "not-found");
    assertProblem(list(draft), 404, "not-found");
    assertProblem(list(Long.MAX_VALUE), 404, "not-found");
    assertThat(comments.count(draft)).isZero();
  }

  @Test
  void shouldRefuseCommentsOnClosedArticleWith409() {
    comments.close(article);

    assertProblem(post(article, address, comment("Priya", "Texte.")), 409, "comments-closed");
    assertThat(comments.count(article)).isZero();
  }

  @Test
  void shouldRefuseTheSameCommentTwice() {
    Map<String, Object> body = comment("Priya", "Deux fois la même chose.");
    accepted(post(article, address, body));

    assertProblem(post(article, address, body), 409, "duplicate-comment");
    assertThat(comments.count(article)).isEqualTo(1);
  }

  @Test
  void shouldThrottleAnAddressWithRetryAfter() {
    for (int i = 0; i < 5; i++) {
      accepted(post(article, address, comment("Priya", "Commentaire numéro " + i)));
    }

    Response throttled = post(article, address, comment("Priya", "Un de trop."));

    assertProblem(throttled, 429, "too-many-requests");
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
    assertThat(comments.count(article)).isEqualTo(5);
    accepted(post(article, address(), comment("Jean", "Un autre lecteur.")));
  }

  @Test
  void shouldIgnoreAStatusSentWithTheComment() {
    Response sent =
        post(article, address, with(comment("Priya", "Je m'approuve."), "status", "approved"));

    long id = accepted(sent);
    assertThat(sent.jsonPath().getString("status")).isEqualTo("pending");
    assertThat(comments.stored(id).status).isEqualTo(CommentStatus.PENDING);
    assertThat(list(article).jsonPath().getList("items")).isEmpty();
  }

  @Test
  void shouldRefuseBodiesThatAreNotTheJsonExpected() {
    assertProblem(post(article, address, "{\"name\": "), 400, "malformed-json");
    assertProblem(post(article, address, ""), 400, "malformed-json");
    assertProblem(post(article, address, "[]"), 400, "malformed-json");
    Response wrongType = post(article, address, with(comment("Priya", "x"), "name", List.of("a")));
    assertProblem(wrongType, 400, "malformed-json");
    assertThat(wrongType.jsonPath().getList("errors.field")).containsExactly("name");
    Response number = post(article, address, with(comment("Priya", "x"), "name", 42));
    assertProblem(number, 400, "malformed-json");
    Response badParent = post(article, address, with(comment("Priya", "x"), "parentId", "abc"));
    assertThat(badParent.jsonPath().getList("errors.field")).containsExactly("parentId");
    Response nothing = post(article, address, "null");
    assertProblem(nothing, 400, "invalid-fields");
    assertThat(nothing.jsonPath().getList("errors.field")).contains("name", "email", "body");
    assertThat(comments.count(article)).isZero();
  }

  @Test
  void shouldRefuseOtherMediaTypesWith415() {
    Response form =
        reader(address)
            .contentType("application/x-www-form-urlencoded")
            .formParam("name", "Priya")
            .formParam("email", "p@example.mu")
            .formParam("body", "Texte.")
            .when()
            .post(path(article));
    assertProblem(form, 415, "unsupported-media-type");
    Response text =
        reader(address).contentType("text/plain").body("bonjour").when().post(path(article));
    assertProblem(text, 415, "unsupported-media-type");
    assertThat(comments.count(article)).isZero();
  }

  @Test
  void shouldNeedNoSessionOrCsrfToken() {
    Response sent =
        reader(address)
            .header("Origin", "https://app.example")
            .cookie("gazette_session", "not-a-session")
            .body(comment("Priya", "Depuis l'application."))
            .when()
            .post(path(article));

    accepted(sent);
  }

  @Test
  void shouldThreadRepliesUnderApprovedCommentsOnly() {
    long parent = accepted(post(article, address, comment("Priya", "Premier.")));
    Map<String, Object> reply = with(comment("Jean", "Réponse."), "parentId", parent);
    Response refused = post(article, address(), reply);
    assertProblem(refused, 400, "invalid-fields");
    assertThat(refused.jsonPath().getList("errors.field")).containsExactly("parentId");
    assertThat(comments.count(article)).isEqualTo(1);

    comments.approve(parent);
    long child = accepted(post(article, address(), reply));
    comments.approve(child);

    Response listed = list(article);
    assertThat(listed.jsonPath().getList("items.id", Long.class)).containsExactly(parent, child);
    assertThat(listed.jsonPath().getLong("items[1].parentId")).isEqualTo(parent);
    assertThat(listed.jsonPath().getString("items[0].parentId")).isNull();
  }

  @Test
  void shouldNeverShowAnEmailPublicly() {
    Map<String, Object> sent = comment("Priya", "Mon adresse reste privée.");
    long id = accepted(post(article, address, sent));
    comments.approve(id);

    String body = list(article).then().statusCode(200).extract().asString();

    assertThat(body).contains("Mon adresse reste privée.");
    assertThat(body).doesNotContain((String) sent.get("email"), "email", address, "pending");
  }

  @Test
  void shouldReturnScriptPayloadsAsExactJsonText() {
    String name = "<script>alert('name')</script>";
    String text = "<img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">x</a> </script>";
    long id = accepted(post(article, address, comment(name, text)));
    comments.approve(id);

    Response listed = list(article);

    assertThat(listed.contentType()).startsWith("application/json");
    assertThat(listed.jsonPath().getString("items[0].name")).isEqualTo(name);
    assertThat(listed.jsonPath().getString("items[0].body")).isEqualTo(text);
  }

  @Test
  void shouldPageApprovedCommentsOldestFirst() {
    long first = accepted(post(article, address, comment("A", "Un.")));
    long second = accepted(post(article, address, comment("B", "Deux.")));
    long third = accepted(post(article, address, comment("C", "Trois.")));
    List.of(first, second, third).forEach(comments::approve);

    Response page =
        reader(address).queryParam("size", 2).queryParam("page", 2).when().get(path(article));

    assertThat(page.jsonPath().getList("items.id", Long.class)).containsExactly(third);
    assertThat(page.jsonPath().getMap("meta"))
        .containsEntry("page", 2)
        .containsEntry("size", 2)
        .containsEntry("total", 3)
        .containsEntry("pages", 2);
    Response tooBig = reader(address).queryParam("size", 101).when().get(path(article));
    assertProblem(tooBig, 400, "invalid-parameter");
  }
}
