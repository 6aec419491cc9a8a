package io.gazette.moderation;

import static io.gazette.comment.CommentFixtures.address;
import static io.gazette.comment.CommentFixtures.comment;
import static io.gazette.comment.CommentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.api.ApiToken;
import io.gazette.comment.CommentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationApiTest {

  private static final String COMMENTS = "/api/admin/v1/comments";

  @Inject Fixtures fixtures;
  @Inject CommentFixtures comments;

  private Fixtures.Created story;
  private long article;
  private SignedIn moderator;
  private ApiToken token;

  @BeforeEach
  void setUp() {
    story =
        fixtures.story(
            "World",
            List.of(),
            Fixtures.published("fr", "Modération"),
            Fixtures.published("en", "Moderation"));
    article = story.in("fr").id;
    moderator = fixtures.member(Role.MODERATOR);
    token = ApiToken.of(moderator);
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type"))
        .isEqualTo("https://gazette.example/problems/" + type);
  }

  private long sent(long articleId, Map<String, Object> json) {
    Response response = post(articleId, address(), json);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
    return response.jsonPath().getLong("id");
  }

  private Response queue(Map<String, ?> params) {
    return token.request().queryParams(params).when().get(COMMENTS);
  }

  @Test
  void shouldListPendingCommentsOfAnArticleWithEverythingStaffNeed() {
    Map<String, Object> json =
        comment("Priya", "Voir https://a.example https://b.example www.c.example");
    long id = sent(article, json);

    Response listed = queue(Map.of("article", article));

    assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
    assertThat(listed.jsonPath().getList("items.id", Long.class)).containsExactly(id);
    assertThat(listed.jsonPath().getLong("meta.total")).isEqualTo(1);
    Map<String, Object> item = listed.jsonPath().getMap("items[0]");
    assertThat(item)
        .containsEntry("articleId", (int) article)
        .containsEntry("lang", "fr")
        .containsEntry("articleTitle", story.in("fr").title)
        .containsEntry("name", "Priya")
        .containsEntry("email", json.get("email"))
        .containsEntry("status", "pending")
        .containsEntry("heldReason", "links: 3")
        .containsEntry("staff", false)
        .containsKeys("parentId", "clientAddress", "createdAt", "moderatedBy", "moderatedAt");
    assertThat(item.get("clientAddress")).isNotNull();
  }

  @Test
  void shouldFilterByStatusLanguageAndText() {
    String mark = Fixtures.mark();
    long french = sent(article, comment("Priya", "En français " + mark));
    long english = sent(story.in("en").id, comment("Jean", "In English " + mark));
    token.request().when().post(COMMENTS + "/" + english + "/spam").then().statusCode(200);

    assertThat(ids(Map.of("q", mark))).containsExactly(french);
    assertThat(ids(Map.of("q", mark, "status", "spam"))).containsExactly(english);
    assertThat(ids(Map.of("q", mark, "status", "spam", "lang", "fr"))).isEmpty();
    assertThat(ids(Map.of("q", mark.toUpperCase(), "lang", "fr"))).containsExactly(french);
  }

  private List<Long> ids(Map<String, ?> params) {
    Response listed = queue(params);
    assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
    return listed.jsonPath().getList("items.id", Long.class);
  }

  @Test
  void shouldNameTheParameterThatIsNotAcceptable() {
    for (var bad :
        List.of(
            Map.of("status", "deleted"),
            Map.of("lang", "xx"),
            Map.of("article", "abc"),
            Map.of("size", "500"))) {
      Response refused = queue(bad);
      assertProblem(refused, 400, "invalid-parameter");
      assertThat(refused.jsonPath().getList("errors.field"))
          .containsExactly(bad.keySet().iterator().next());
    }
  }

  @Test
  void shouldApproveSpamTrashAndDeleteOneComment() {
    long id = sent(article, comment("Priya", "À modérer."));

    Response approved = token.request().when().post(COMMENTS + "/" + id + "/approve");
    assertThat(approved.statusCode()).as(approved.asString()).isEqualTo(200);
    assertThat(approved.jsonPath().getString("status")).isEqualTo("approved");
    assertThat(approved.jsonPath().getString("moderatedBy")).isEqualTo(moderator.username());
    assertThat(approved.jsonPath().getString("moderatedAt")).isNotNull();
    assertThat(publicIds()).containsExactly(id);

    Response spam = token.request().when().post(COMMENTS + "/" + id + "/spam");
    assertThat(spam.jsonPath().getString("status")).isEqualTo("spam");
    assertThat(publicIds()).isEmpty();
    Response trashed = token.request().when().post(COMMENTS + "/" + id + "/trash");
    assertThat(trashed.jsonPath().getString("status")).isEqualTo("trash");
    assertThat(token.request().when().get(COMMENTS + "/" + id).jsonPath().getString("status"))
        .isEqualTo("trash");

    token.request().when().delete(COMMENTS + "/" + id).then().statusCode(204);
    assertProblem(token.request().when().get(COMMENTS + "/" + id), 404, "not-found");
    assertThat(comments.count(article)).isZero();
  }

  private List<Long> publicIds() {
    return CommentFixtures.reader(address())
        .when()
        .get(CommentFixtures.path(article))
        .jsonPath()
        .getList("items.id", Long.class);
  }

  @Test
  void shouldAnswer404ForAnUnknownComment() {
    String unknown = COMMENTS + "/" + Long.MAX_VALUE;
    assertProblem(token.request().when().get(unknown), 404, "not-found");
    for (String action : List.of("approve", "spam", "trash")) {
      assertProblem(token.request().when().post(unknown + "/" + action), 404, "not-found");
    }
    assertProblem(token.request().when().delete(unknown), 404, "not-found");
    assertProblem(token.request().when().get(COMMENTS + "/abc"), 404, "not-found");
  }

  @Test
  void shouldLetModeratorsEditorsAndAdminsInOnly() {
    long id = sent(article, comment("Priya", "Qui me voit ?"));

    assertProblem(ApiToken.anonymous().when().get(COMMENTS), 401, "unauthorized");
    assertProblem(
        ApiToken.anonymous().when().post(COMMENTS + "/" + id + "/approve"), 401, "unauthorized");
    ApiToken author = ApiToken.of(fixtures.member(Role.AUTHOR));
    assertProblem(author.request().when().get(COMMENTS), 403, "forbidden");
    assertProblem(author.request().when().post(COMMENTS + "/" + id + "/approve"), 403, "forbidden");
    assertProblem(author.request().when().delete(COMMENTS + "/" + id), 403, "forbidden");
    for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
      ApiToken staff = ApiToken.of(fixtures.member(role));
      staff.request().when().get(COMMENTS + "/" + id).then().statusCode(200);
    }
    assertThat(comments.stored(id).status.name()).isEqualTo("PENDING");
  }

  @Test
  void shouldReturnScriptPayloadsAsExactJsonText() {
    String name = "<script>alert(1)</script>";
    String body = "<img src=x onerror=alert(1)> javascript:alert(2) \"quoted\" & more";
    long id = sent(article, comment(name, body));

    Response one = token.request().when().get(COMMENTS + "/" + id);

    assertThat(one.contentType()).startsWith("application/json");
    assertThat(one.jsonPath().getString("name")).isEqualTo(name);
    assertThat(one.jsonPath().getString("body")).isEqualTo(body);
  }
}
