package io.gazette.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.GazetteConfig;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.story.ArticleStatus;
import io.gazette.story.StoryMessages;
import io.gazette.taxonomy.Section;
import io.gazette.workflow.WorkflowService;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleAdminPagesTest {

  private static final String REPEATED = "<p>Ce paragraphe est imprimé deux fois par erreur.</p>";

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;
  @Inject WorkflowService workflow;
  @Inject GazetteConfig config;

  /** A signed-in member with a role, and their browser session. */
  record Member(SignedIn account, AdminSession session) {}

  Member signIn(Role role) {
    SignedIn account = fixtures.member(role);
    return new Member(account, AdminSession.signIn(account.username(), Fixtures.PASSWORD));
  }

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  /** Writes a story through the form; answers its id. */
  long create(Member member, String lang, String title, String body) {
    String location =
        member
            .session()
            .form()
            .formParam("lang", lang)
            .formParam("title", title)
            .formParam("standfirst", "A standfirst for " + title)
            .formParam("bodyHtml", body)
            .formParam("section", anySection())
            .formParam("tags", "Newsroom, Form " + Fixtures.mark())
            .formParam("commentsOpen", "true")
            .when()
            .post("/admin/articles")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(location).contains("?done=created");
    return Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+)\\?.*", "$1"));
  }

  ArticleSnapshot stored(long id) {
    return editorial.get(fixtures.member(Role.EDITOR), id);
  }

  Response action(Member member, long id, String action, Object... fields) {
    var request = member.session().form().formParam("version", stored(id).version());
    for (int i = 0; i < fields.length; i += 2) {
      request.formParam((String) fields[i], fields[i + 1]);
    }
    return request.when().post("/admin/articles/" + id + "/" + action);
  }

  /** Takes a published article off the site, so that other test classes keep the demo home. */
  void withdraw(long... ids) {
    for (long id : ids) {
      workflow.unpublish(fixtures.member(Role.EDITOR), id, stored(id).version());
    }
  }

  static ArticleAdminMessages french() {
    return MessageBundles.get(ArticleAdminMessages.class, Localized.Literal.of("fr"));
  }

  static StoryMessages frenchStatus() {
    return MessageBundles.get(StoryMessages.class, Localized.Literal.of("fr"));
  }

  static Document html(Response response) {
    return Html.parse(response);
  }

  @Test
  void shouldLetAuthorWriteStoryThroughFormAndFindItInTheList() {
    Member author = signIn(Role.AUTHOR);
    String title = "Form story " + Fixtures.mark();

    long id = create(author, "en", title, "<p>Written in the form.</p><script>alert(1)</script>");

    Document edit = html(author.session().request().get("/admin/articles/" + id + "?done=created"));
    assertThat(edit.select("p.notice").text()).isEqualTo(french().notice(ArticleNotice.CREATED));
    assertThat(edit.select("input#title").val()).isEqualTo(title);
    assertThat(edit.select("textarea#bodyHtml").val()).isEqualTo("<p>Written in the form.</p>");
    assertThat(edit.select("input#tags").val()).contains("Newsroom");
    assertThat(edit.select("form[action$=/submit]")).hasSize(1);
    assertThat(edit.select("form[action$=/publish]")).isEmpty();
    assertThat(edit.select("a[href=/admin/stories/" + stored(id).storyId() + "]")).hasSize(1);
    Document list = html(author.session().request().queryParam("q", title).get("/admin/articles"));
    assertThat(list.select("table a[href=/admin/articles/" + id + "]").text()).isEqualTo(title);
    assertThat(list.select("input[type=checkbox]")).isEmpty();
  }

  @Test
  void shouldFindTitlesWhateverTheirAccentsAndCase() {
    Member editor = signIn(Role.EDITOR);
    String mark = Fixtures.mark();
    long id = create(editor, "fr", "Le Marché de l'Été " + mark, "<p>Texte.</p>");
    for (String typed : List.of("MARCHÉ", "marche", "marche de l'ete " + mark, "MARCHÉ DE L'ÉTÉ")) {
      Document list =
          html(editor.session().request().queryParam("q", typed).get("/admin/articles"));
      assertThat(list.select("table a[href=/admin/articles/" + id + "]")).as(typed).hasSize(1);
    }
    Document none =
        html(editor.session().request().queryParam("q", "%_" + mark).get("/admin/articles"));
    assertThat(none.select("table a[href=/admin/articles/" + id + "]")).isEmpty();
  }

  @Test
  void shouldRefuseAuthorPublishingOrOpeningAnotherAuthorsArticle() {
    Member author = signIn(Role.AUTHOR);
    long id = create(author, "fr", "Mon papier " + Fixtures.mark(), "<p>Texte.</p>");

    action(author, id, "publish").then().statusCode(403);
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.DRAFT);

    Member other = signIn(Role.AUTHOR);
    other.session().request().get("/admin/articles/" + id).then().statusCode(403);
    other.session().request().get("/admin/articles/" + id + "/preview").then().statusCode(403);
    Document list = html(other.session().request().get("/admin/articles"));
    assertThat(list.select("a[href=/admin/articles/" + id + "]")).isEmpty();
  }

  @Test
  void shouldRefuseModeratorTheArticleScreens() {
    Member editor = signIn(Role.EDITOR);
    long id = create(editor, "en", "Moderated " + Fixtures.mark(), "<p>Text.</p>");
    Member moderator = signIn(Role.MODERATOR);

    moderator.session().request().get("/admin/articles").then().statusCode(403);
    moderator.session().request().get("/admin/articles/new").then().statusCode(403);
    moderator.session().request().get("/admin/articles/" + id).then().statusCode(403);
  }

  @Test
  void shouldSendAnonymousVisitorsToSignIn() {
    for (String path : new String[] {"/admin/articles", "/admin/articles/1/preview"}) {
      String location =
          given()
              .redirects()
              .follow(false)
              .get(path)
              .then()
              .statusCode(303)
              .extract()
              .header("Location");
      assertThat(location).endsWith("/admin/login");
    }
  }

  @Test
  void shouldAnswerNotFoundForUnknownArticle() {
    Member editor = signIn(Role.EDITOR);
    editor.session().request().get("/admin/articles/987654321").then().statusCode(404);
  }

  @Test
  void shouldRefuseSaveWithoutCsrfAndChangeNothing() {
    Member editor = signIn(Role.EDITOR);
    String title = "Guarded " + Fixtures.mark();
    long id = create(editor, "en", title, "<p>Kept.</p>");

    editor
        .session()
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("version", stored(id).version())
        .formParam("title", "Forged")
        .formParam("section", anySection())
        .formParam("bodyHtml", "<p>Forged.</p>")
        .post("/admin/articles/" + id)
        .then()
        .statusCode(403);

    assertThat(stored(id).title()).isEqualTo(title);
    assertThat(stored(id).bodyHtml()).isEqualTo("<p>Kept.</p>");
  }

  @Test
  void shouldRefuseStaleSaveKeepingTypedTextAndShowingTheOtherText() {
    Member editor = signIn(Role.EDITOR);
    String title = "Shared " + Fixtures.mark();
    long id = create(editor, "en", title, "<p>One.</p>");
    int opened = stored(id).version();
    save(editor, id, opened, title, "<p>Two, saved by a colleague.</p>").then().statusCode(303);
    var theirs = stored(id);

    Response stale = save(editor, id, opened, title + " mine", "<p>Three, typed by me.</p>");

    assertThat(stale.statusCode()).isEqualTo(409);
    Document page = html(stale);
    assertThat(page.select("p.form-error").text()).isEqualTo(french().conflictSave());
    assertThat(page.select("input#title").val()).isEqualTo(title + " mine");
    assertThat(page.select("textarea#bodyHtml").val()).isEqualTo("<p>Three, typed by me.</p>");
    assertThat(page.select(".article-theirs .their-body").text())
        .isEqualTo("Two, saved by a colleague.");
    assertThat(page.select(".article-mine input[name=version]").val())
        .isEqualTo(String.valueOf(theirs.version()));
    assertThat(stored(id).bodyHtml()).isEqualTo("<p>Two, saved by a colleague.</p>");
    assertThat(stored(id).revision()).isEqualTo(theirs.revision());
  }

  @Test
  void shouldRefuseInvalidSaveWithMessagesKeepingTypedBody() {
    Member author = signIn(Role.AUTHOR);
    String title = "Valid " + Fixtures.mark();
    long id = create(author, "fr", title, "<p>Avant.</p>");

    Response invalid = save(author, id, stored(id).version(), "  ", "<p>Mon texte tapé.</p>");

    assertThat(invalid.statusCode()).isEqualTo(400);
    Document page = html(invalid);
    assertThat(page.select("#title-error").text())
        .isEqualTo(french().error(ArticleFieldError.TITLE));
    assertThat(page.select("input#title").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("textarea#bodyHtml").val()).isEqualTo("<p>Mon texte tapé.</p>");
    assertThat(stored(id).title()).isEqualTo(title);
  }

  @Test
  void shouldRefuseInvalidNewStoryKeepingWhatWasTyped() {
    Member author = signIn(Role.AUTHOR);

    Response invalid =
        author
            .session()
            .form()
            .formParam("lang", "fr")
            .formParam("title", "Sans rubrique " + Fixtures.mark())
            .formParam("bodyHtml", "<p>Gardé.</p>")
            .formParam("section", "pas un nombre")
            .post("/admin/articles");

    assertThat(invalid.statusCode()).isEqualTo(400);
    Document page = html(invalid);
    assertThat(page.select("#section-error").text())
        .isEqualTo(french().error(ArticleFieldError.SECTION));
    assertThat(page.select("textarea#bodyHtml").val()).isEqualTo("<p>Gardé.</p>");
    assertThat(page.select("select#lang option[selected]").val()).isEqualTo("fr");
  }

  @Test
  void shouldLetEditorPublishSoReadersSeeTheArticle() {
    Member editor = signIn(Role.EDITOR);
    long id = create(editor, "en", "Going live " + Fixtures.mark(), "<p>Live text.</p>");
    String readerPath = "/en/" + stored(id).slug();
    given().get(readerPath).then().statusCode(404);

    action(editor, id, "publish").then().statusCode(303);

    assertThat(stored(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(Html.page(readerPath).select("h1.article-title").text())
        .isEqualTo(stored(id).title());
    Document edit =
        html(editor.session().request().get("/admin/articles/" + id + "?done=published"));
    assertThat(edit.select("p.notice").text()).isEqualTo(french().notice(ArticleNotice.PUBLISHED));
    assertThat(edit.select("a[href=" + readerPath + "]")).hasSize(1);
    assertThat(edit.select("form[action$=/unpublish]")).hasSize(1);
    withdraw(id);
  }

  @Test
  void shouldBlockRepeatedParagraphsUntilEditorOverrides() {
    Member editor = signIn(Role.EDITOR);
    long id = create(editor, "fr", "Doublon " + Fixtures.mark(), REPEATED + REPEATED);
    Document edit = html(editor.session().request().get("/admin/articles/" + id));
    String sentence =
        french().checkRepeatedParagraph("Ce paragraphe est imprimé deux fois par erreur.");
    assertThat(edit.select(".check-block").text()).contains(sentence);
    assertThat(edit.select("#publish-now input[name=override]")).hasSize(1);

    Response blocked = action(editor, id, "publish");

    assertThat(blocked.statusCode()).isEqualTo(422);
    Document page = html(blocked);
    assertThat(page.select("p.form-error").text()).isEqualTo(french().blockedPublish());
    assertThat(page.select(".check-block").text()).contains(sentence);
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.DRAFT);

    action(editor, id, "publish", "override", "true").then().statusCode(303);
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    withdraw(id);
  }

  @Test
  void shouldScheduleInTheSiteZoneAndKeepReaderPageClosedUntilThen() {
    Member editor = signIn(Role.EDITOR);
    long id = create(editor, "en", "Tomorrow " + Fixtures.mark(), "<p>Later.</p>");
    ZoneId zone = config.timezone();
    LocalDateTime at = LocalDateTime.now(zone).plusDays(2).truncatedTo(ChronoUnit.MINUTES);

    action(editor, id, "publish", "at", at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("?done=scheduled"));

    assertThat(stored(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(stored(id).scheduledAt()).isEqualTo(at.atZone(zone).toInstant());
    given().get("/en/" + stored(id).slug()).then().statusCode(404);
    withdraw(id);
  }

  @Test
  void shouldRefuseSchedulingInThePast() {
    Member editor = signIn(Role.EDITOR);
    long id = create(editor, "en", "Yesterday " + Fixtures.mark(), "<p>Past.</p>");

    Response refused = action(editor, id, "publish", "at", "2001-01-01T10:00");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(html(refused).select("p.form-error").text())
        .isEqualTo(french().error(ArticleFieldError.SCHEDULE_TIME));
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void shouldShowConflictForStaleWorkflowActionAndRefuseWrongState() {
    Member author = signIn(Role.AUTHOR);
    long id = create(author, "en", "Twice " + Fixtures.mark(), "<p>Text.</p>");
    int opened = stored(id).version();
    action(author, id, "submit").then().statusCode(303);

    Response stale =
        author
            .session()
            .form()
            .formParam("version", opened)
            .post("/admin/articles/" + id + "/submit");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(html(stale).select("p.form-error").text()).isEqualTo(french().conflictAction());

    Response wrongState = action(author, id, "submit");
    assertThat(wrongState.statusCode()).isEqualTo(400);
    assertThat(html(wrongState).select("p.form-error").text())
        .isEqualTo(french().wrongState(frenchStatus().status(ArticleStatus.REVIEW)));
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.REVIEW);
  }

  @Test
  void shouldPreviewDraftForItsAuthorAsNoindexWhileReaderPageStaysClosed() {
    Member author = signIn(Role.AUTHOR);
    String title = "Preview " + Fixtures.mark();
    long id = create(author, "fr", title, "<p>Brouillon à relire.</p>");

    Response preview = author.session().request().get("/admin/articles/" + id + "/preview");

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.header("Cache-Control")).isEqualTo("no-store");
    Document page = html(preview);
    assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.select("h1.article-title").text()).isEqualTo(title);
    assertThat(page.select(".article-body").text()).isEqualTo("Brouillon à relire.");
    assertThat(page.select("link[rel=alternate]")).isEmpty();
    given().get("/fr/" + stored(id).slug()).then().statusCode(404);
  }

  @Test
  void shouldBulkPublishDraftsReportingThoseBlockedByChecksThenBulkUnpublish() {
    Member editor = signIn(Role.EDITOR);
    long first = create(editor, "en", "Bulk one " + Fixtures.mark(), "<p>One.</p>");
    long second = create(editor, "en", "Bulk two " + Fixtures.mark(), "<p>Two.</p>");
    long blocked = create(editor, "fr", "Bulk doublon " + Fixtures.mark(), REPEATED + REPEATED);

    String location =
        editor
            .session()
            .form()
            .formParam("action", "publish")
            .formParam("article", first + ":" + stored(first).version())
            .formParam("article", second + ":" + stored(second).version())
            .formParam("article", blocked + ":" + stored(blocked).version())
            .formParam("back", "/admin/articles?page=1&q=Bulk")
            .post("/admin/articles/bulk")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    assertThat(stored(first).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(stored(second).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(stored(blocked).status()).isEqualTo(ArticleStatus.DRAFT);
    Document report = html(editor.session().request().get(location));
    assertThat(report.select(".notice").text()).contains(french().bulkDone(2));
    assertThat(report.select(".blocked-list a").attr("href"))
        .isEqualTo("/admin/articles/" + blocked);
    assertThat(report.select("input#filter-q").val()).isEqualTo("Bulk");

    editor
        .session()
        .form()
        .formParam("action", "unpublish")
        .formParam("article", first + ":" + stored(first).version())
        .formParam("article", second + ":" + stored(second).version())
        .formParam("article", blocked + ":" + stored(blocked).version())
        .post("/admin/articles/bulk")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("&changed=2&skipped=1&blocked="));
    assertThat(stored(first).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(stored(second).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(stored(blocked).status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void shouldAskToSelectArticlesWhenBulkActionHasNone() {
    Member editor = signIn(Role.EDITOR);

    String location =
        editor
            .session()
            .form()
            .formParam("action", "unpublish")
            .formParam("back", "https://elsewhere.example/")
            .post("/admin/articles/bulk")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    assertThat(location).endsWith("/admin/articles?page=1&changed=none");
    Document list = html(editor.session().request().get(location));
    assertThat(list.select(".notice").text()).isEqualTo(french().bulkNothingSelected());
  }

  @Test
  void shouldRefuseBulkActionsToAuthors() {
    Member author = signIn(Role.AUTHOR);
    long id = create(author, "en", "Not bulk " + Fixtures.mark(), "<p>Text.</p>");

    author
        .session()
        .form()
        .formParam("action", "publish")
        .formParam("article", id + ":" + stored(id).version())
        .post("/admin/articles/bulk")
        .then()
        .statusCode(403);
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.DRAFT);
  }

  private Response save(Member member, long id, int version, String title, String body) {
    return member
        .session()
        .form()
        .formParam("version", version)
        .formParam("title", title)
        .formParam("standfirst", "Standfirst")
        .formParam("bodyHtml", body)
        .formParam("section", anySection())
        .formParam("tags", "Newsroom")
        .post("/admin/articles/" + id);
  }
}
