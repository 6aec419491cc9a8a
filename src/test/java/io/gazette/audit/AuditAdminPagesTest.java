package io.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.account.Role;
import io.gazette.account.SignedIn;
import io.gazette.article.ArticleDraft;
import io.gazette.article.EditorialService;
import io.gazette.article.SaveOutcome;
import io.gazette.article.WorkflowService;
import io.gazette.section.Section;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  @Test
  void shouldListAPublishingNewestFirstForAdmins() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var draft =
        new ArticleDraft(
            "Audit " + Fixtures.mark(),
            "",
            "",
            "<p>Texte.</p>",
            anySection(),
            List.of(),
            false,
            true);
    var article = ((SaveOutcome.Saved) editorial.createStory(editor, "fr", draft)).article();
    workflow.publish(editor, article.id(), article.version(), null, false);
    var admin = AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);

    Document page =
        Html.parse(admin.request().get("/admin/audit").then().statusCode(200).extract().response());

    List<Element> rows = page.select("tbody tr:has(a[href=/admin/articles/" + article.id() + "])");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text()).contains(editor.username()).contains("Publié");
    assertThat(rows.get(0).selectFirst("time").attr("datetime")).isNotBlank();
    assertThat(rows.get(1).text()).contains(editor.username()).contains("Créé");
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
