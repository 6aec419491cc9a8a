package io.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.story.ArticleStatus;
import io.gazette.workflow.WorkflowService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditAdminPagesTest {

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;
  @Inject WorkflowService workflow;

  @Test
  void shouldListAPublishingNewestFirstForAdmins() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var created =
        fixtures.story("World", List.of(), Fixtures.withStatus("fr", "Audit", ArticleStatus.DRAFT));
    var fixture = editorial.get(editor, created.in("fr").id);
    var draft =
        new ArticleDraft(
            fixture.title(), "", "", "<p>Texte.</p>", fixture.sectionId(), List.of(), false, true);
    var saved = editorial.save(editor, fixture.id(), fixture.version(), draft);
    var article = ((SaveOutcome.Saved) saved).article();
    // The fixture's publication date is kept: older than the demo, off the top of the home page.
    workflow.publish(editor, article.id(), article.version(), null, false);
    var admin = AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);

    Document page =
        Html.parse(admin.request().get("/admin/audit").then().statusCode(200).extract().response());

    List<Element> rows = page.select("tbody tr:has(a[href=/admin/articles/" + article.id() + "])");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text()).contains(editor.username()).contains("Publié");
    assertThat(rows.get(0).selectFirst("time").attr("datetime")).isNotBlank();
    assertThat(rows.get(1).text()).contains(editor.username()).contains("Enregistré");
  }

  @Test
  void shouldRefuseTheAuditLogToEditorsModeratorsAndAnonymous() {
    var editor = AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    editor.request().get("/admin/audit").then().statusCode(403);
    moderator.request().get("/admin/audit").then().statusCode(403);
    RestAssured.given()
        .redirects()
        .follow(false)
        .get("/admin/audit")
        .then()
        .statusCode(303)
        .header("Location", Matchers.endsWith("/admin/login"));
  }
}
