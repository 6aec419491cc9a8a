package io.gazette.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionAdminPagesTest {

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;

  private ArticleSnapshot save(SignedIn editor, ArticleSnapshot article, String body) {
    var draft =
        new ArticleDraft(
            article.title(), "", "", body, article.sectionId(), List.of(), false, true);
    return ((SaveOutcome.Saved) editorial.save(editor, article.id(), article.version(), draft))
        .article();
  }

  /** A draft with two revisions: "ancien texte" then "nouveau texte". */
  private ArticleSnapshot twoRevisions(SignedIn editor) {
    var created =
        fixtures.story(
            "World", List.of(), Fixtures.withStatus("fr", "Révisions", ArticleStatus.DRAFT));
    var fixture = editorial.get(editor, created.in("fr").id);
    return save(
        editor,
        save(editor, fixture, "<p>Un ancien texte ici.</p>"),
        "<p>Un nouveau texte ici.</p>");
  }

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }

  @Test
  void shouldListRevisionsAndShowTheWordDiffBetweenTwo() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article = twoRevisions(editor);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    Document list = page(session, "/admin/articles/" + article.id() + "/revisions");
    assertThat(list.select("tbody tr")).hasSize(2);
    assertThat(list.selectFirst("tr#revision-2").text()).contains(editor.username());
    assertThat(list.selectFirst("tr#revision-1 time").attr("datetime")).isNotBlank();
    assertThat(list.select("select[name=from] option[selected]").val()).isEqualTo("1");
    assertThat(list.select("select[name=to] option[selected]").val()).isEqualTo("2");

    Document diff =
        page(session, "/admin/articles/" + article.id() + "/revisions/diff?from=1&to=2");
    assertThat(diff.select("table.diff-table tr.changed del").text()).isEqualTo("ancien");
    assertThat(diff.select("table.diff-table tr.changed ins").text()).isEqualTo("nouveau");
  }

  @Test
  void shouldRestoreAnOldRevisionAsANewOne() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article = twoRevisions(editor);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    session
        .form()
        .formParam("version", article.version())
        .post("/admin/articles/" + article.id() + "/revisions/1/restore")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/revisions?done=restored&number=1"));

    var restored = editorial.get(editor, article.id());
    assertThat(restored.revision()).isEqualTo(3);
    assertThat(restored.bodyHtml()).contains("ancien");
    Document list =
        page(session, "/admin/articles/" + article.id() + "/revisions?done=restored&number=1");
    assertThat(list.select("p.notice").text()).contains("1");
    assertThat(list.select("tbody tr")).hasSize(3);
  }

  @Test
  void shouldRefuseAStaleRestoreWith409AndChangeNothing() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article = twoRevisions(editor);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    var response =
        session
            .form()
            .formParam("version", article.version() - 1)
            .post("/admin/articles/" + article.id() + "/revisions/1/restore")
            .then()
            .statusCode(409)
            .extract()
            .response();

    assertThat(Html.parse(response).select(".form-error").text()).isNotBlank();
    assertThat(editorial.get(editor, article.id()).revision()).isEqualTo(2);
  }

  @Test
  void shouldAnswerBadComparisonsWith400Or404NeverAServerError() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article = twoRevisions(editor);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    String diff = "/admin/articles/" + article.id() + "/revisions/diff";

    session.request().get(diff + "?from=abc&to=2").then().statusCode(400);
    session.request().get(diff + "?to=2").then().statusCode(400);
    session.request().get(diff + "?from=1&to=99").then().statusCode(404);
    session.request().get("/admin/articles/999999999/revisions").then().statusCode(404);
    session
        .form()
        .formParam("version", "x")
        .post("/admin/articles/" + article.id() + "/revisions/1/restore")
        .then()
        .statusCode(400);
    session
        .form()
        .formParam("version", article.version())
        .post("/admin/articles/" + article.id() + "/revisions/42/restore")
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRefuseModeratorsAnonymousAndMissingCsrfToken() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article = twoRevisions(editor);
    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    String list = "/admin/articles/" + article.id() + "/revisions";
    moderator.request().get(list).then().statusCode(403);
    moderator.request().get(list + "/diff?from=1&to=2").then().statusCode(403);
    RestAssured.given().redirects().follow(false).get(list).then().statusCode(303);

    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("version", article.version())
        .post(list + "/1/restore")
        .then()
        .statusCode(403);
    moderator
        .form()
        .formParam("version", article.version())
        .post(list + "/1/restore")
        .then()
        .statusCode(403);
    assertThat(editorial.get(editor, article.id()).revision()).isEqualTo(2);
  }
}
