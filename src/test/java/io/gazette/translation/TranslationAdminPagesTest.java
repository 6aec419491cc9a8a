package io.gazette.translation;

import static org.assertj.core.api.Assertions.assertThat;

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
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TranslationAdminPagesTest {

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;

  private static ArticleDraft draft(ArticleSnapshot story, String title, String body) {
    return new ArticleDraft(
        title,
        "",
        "Un chapô",
        body,
        story.sectionId(),
        List.of(),
        story.mustRead(),
        story.commentsOpen());
  }

  /**
   * A published French story saved once through the newsroom (so that it has a revision). Its
   * publication date stays the fixture's, older than the demo, so the home page keeps its top
   * story.
   */
  private ArticleSnapshot publishedFrench(SignedIn editor, String body) {
    var created = fixtures.story("World", List.of(), Fixtures.published("fr", "Source"));
    var fixture = editorial.get(editor, created.in("fr").id);
    var outcome =
        editorial.save(
            editor, fixture.id(), fixture.version(), draft(fixture, fixture.title(), body));
    assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
    // Read again: the version of a published article moves once more when it commits.
    return editorial.get(editor, fixture.id());
  }

  private ArticleSnapshot translation(SignedIn editor, ArticleSnapshot source, String body) {
    var outcome =
        editorial.translate(
            editor, source.id(), "en", draft(source, "Translation " + Fixtures.mark(), body));
    return ((SaveOutcome.Saved) outcome).article();
  }

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }

  @Test
  void shouldShowOutdatedTranslationWithSourceChangesUntilMarkedUpToDate() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Le premier paragraphe reste.</p>");
    var english = translation(editor, source, "<p>The first paragraph stays.</p>");
    var changed =
        editorial.save(
            editor,
            source.id(),
            source.version(),
            draft(source, source.title(), "<p>Le premier paragraphe a changé.</p>"));
    assertThat(changed).isInstanceOf(SaveOutcome.Saved.class);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    Document story = page(session, "/admin/stories/" + source.storyId());
    var row = story.selectFirst("tr#lang-en");
    assertThat(row.attr("data-state")).isEqualTo("outdated");
    assertThat(row.select("td.state").text()).contains("À mettre à jour");
    assertThat(row.select("a[href=/admin/articles/" + english.id() + "/source-changes]"))
        .isNotEmpty();
    assertThat(story.selectFirst("tr#lang-fr").attr("data-state")).isEqualTo("published");

    Document changes = page(session, "/admin/articles/" + english.id() + "/source-changes");
    assertThat(changes.select("table.diff-table del").text()).contains("reste");
    assertThat(changes.select("table.diff-table ins").text()).contains("a changé");

    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .post("/admin/articles/" + english.id() + "/up-to-date")
        .then()
        .statusCode(403);
    assertThat(editorial.get(editor, english.id()).outdated()).isTrue();
    session
        .form()
        .post("/admin/articles/" + english.id() + "/up-to-date")
        .then()
        .statusCode(303)
        .header(
            "Location",
            org.hamcrest.Matchers.endsWith(
                "/admin/stories/" + source.storyId() + "?done=upToDate"));
    Document after = page(session, "/admin/stories/" + source.storyId() + "?done=upToDate");
    assertThat(after.selectFirst("tr#lang-en").attr("data-state")).isEqualTo("draft");
    assertThat(after.select("p.notice").text()).isNotBlank();
  }

  @Test
  void shouldShowSourceBesideTheFormAndCreateTheTranslation() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Un texte <strong>important</strong>.</p>");
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    Document story = page(session, "/admin/stories/" + source.storyId());
    var translate = story.selectFirst("tr#lang-en a[href$=/translate/en]");
    assertThat(translate.text()).isEqualTo("Traduire en anglais");
    assertThat(story.selectFirst("tr#lang-en").attr("data-state")).isEqualTo("missing");

    Document form = page(session, translate.attr("href"));
    assertThat(form.select(".source-pane .source-title").text()).isEqualTo(source.title());
    assertThat(form.select(".source-pane .source-body strong").text()).isEqualTo("important");
    assertThat(form.select("form textarea[name=body]")).hasSize(1);

    String title = "Translated " + Fixtures.mark();
    session
        .form()
        .formParam("title", title)
        .formParam("slug", "")
        .formParam("standfirst", "A standfirst")
        .formParam("body", "First paragraph.\n\nSecond one.")
        .post(translate.attr("href"))
        .then()
        .statusCode(303)
        .header(
            "Location",
            org.hamcrest.Matchers.endsWith(
                "/admin/stories/" + source.storyId() + "?done=translated"));

    Document after = page(session, "/admin/stories/" + source.storyId() + "?done=translated");
    assertThat(after.selectFirst("tr#lang-en").attr("data-state")).isEqualTo("draft");
    assertThat(after.selectFirst("tr#lang-en").text()).contains(title);
    assertThat(after.select("p.notice").text()).isNotBlank();
  }

  @Test
  void shouldRefuseASecondTranslationIntoTheSameLanguageKeepingWhatWasTyped() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Texte.</p>");
    translation(editor, source, "<p>Text.</p>");
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    var response =
        session
            .form()
            .formParam("title", "Second attempt")
            .formParam("body", "Typed text")
            .post("/admin/articles/" + source.id() + "/translate/en")
            .then()
            .statusCode(400)
            .extract()
            .response();

    Document form = Html.parse(response);
    assertThat(form.select(".form-error").text())
        .contains("Le sujet a déjà une version dans cette langue.");
    assertThat(form.select("input[name=title]").val()).isEqualTo("Second attempt");
    assertThat(form.select("textarea[name=body]").text()).isEqualTo("Typed text");
  }

  @Test
  void shouldRefuseModeratorsAnonymousAndOtherAuthors() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Texte.</p>");
    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    var author = AdminSession.signIn(fixtures.member(Role.AUTHOR).username(), Fixtures.PASSWORD);
    List<String> pages =
        List.of(
            "/admin/stories/" + source.storyId(),
            "/admin/articles/" + source.id() + "/translate/en",
            "/admin/articles/" + source.id() + "/source-changes");
    for (String path : pages) {
      moderator.request().get(path).then().statusCode(403);
      author.request().get(path).then().statusCode(403);
      io.restassured.RestAssured.given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .statusCode(303)
          .header("Location", org.hamcrest.Matchers.endsWith("/admin/login"));
    }
    moderator.form().post("/admin/articles/" + source.id() + "/up-to-date").then().statusCode(403);
    moderator
        .form()
        .formParam("title", "Nope")
        .post("/admin/articles/" + source.id() + "/translate/en")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldRefuseATranslationPostedWithoutCsrfTokenAndCreateNothing() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Texte.</p>");
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("title", "Without token")
        .post("/admin/articles/" + source.id() + "/translate/en")
        .then()
        .statusCode(403);

    Document story = page(session, "/admin/stories/" + source.storyId());
    assertThat(story.selectFirst("tr#lang-en").attr("data-state")).isEqualTo("missing");
  }

  @Test
  void shouldAnswer404ForUnknownStoryArticleOrLanguage() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source = publishedFrench(editor, "<p>Texte.</p>");
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    session.request().get("/admin/stories/999999999").then().statusCode(404);
    session.request().get("/admin/articles/999999999/translate/en").then().statusCode(404);
    session
        .request()
        .get("/admin/articles/" + source.id() + "/translate/xx")
        .then()
        .statusCode(404);
    session.request().get("/admin/articles/abc/source-changes").then().statusCode(404);
    assertThat(source.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }
}
