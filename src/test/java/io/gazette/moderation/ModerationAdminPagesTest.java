package io.gazette.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.comment.CommentStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationAdminPagesTest {

  @Inject Fixtures fixtures;
  @Inject CommentRows comments;

  private AdminSession moderator() {
    return AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
  }

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }

  private static long count(Document queue, String status) {
    return Long.parseLong(queue.selectFirst("a[data-status=" + status + "] .tab-count").text());
  }

  private static List<Long> rowIds(Document queue) {
    return queue.select("tr[data-comment-id]").stream()
        .map(row -> Long.parseLong(row.attr("data-comment-id")))
        .toList();
  }

  private Fixtures.Created story() {
    return fixtures.story("World", List.of(), Fixtures.published("fr", "Modération"));
  }

  @Test
  void shouldCountEachTabForAFilteredArticle() {
    var story = story();
    long article = story.in("fr").id;
    String mark = Fixtures.mark();
    comments.add(article, 3, "En attente " + mark, CommentStatus.PENDING);
    comments.add(article, 2, "Approuvé " + mark, CommentStatus.APPROVED);
    comments.add(article, 1, "Indésirable " + mark, CommentStatus.SPAM);
    comments.add(article, 4, "Jeté " + mark, CommentStatus.TRASH);

    Document queue = page(moderator(), "/admin/comments?article=" + article);
    assertThat(count(queue, "pending")).isEqualTo(3);
    assertThat(count(queue, "approved")).isEqualTo(2);
    assertThat(count(queue, "spam")).isEqualTo(1);
    assertThat(count(queue, "trash")).isEqualTo(4);
    assertThat(rowIds(queue)).hasSize(3);
    assertThat(queue.select("a[data-status=pending]").attr("aria-current")).isEqualTo("page");
    assertThat(queue.selectFirst(".queue-article").text()).contains(story.in("fr").title);

    Document trash = page(moderator(), "/admin/comments?status=trash&article=" + article);
    assertThat(rowIds(trash)).hasSize(4);
    assertThat(trash.select("tr[data-comment-id] .comment-plain").text()).contains("Jeté " + mark);
  }

  @Test
  void shouldNarrowTheListByLanguageArticleAndText() {
    var story =
        fixtures.story(
            "World",
            List.of(),
            Fixtures.published("fr", "Filtres"),
            Fixtures.published("en", "Filters"));
    long fr = story.in("fr").id;
    long en = story.in("en").id;
    String mark = Fixtures.mark();
    long onFr =
        comments.add(fr, "Alice", "alice@example.org", "Avis " + mark, CommentStatus.PENDING);
    long onEn =
        comments.add(en, "Bob", "bob-" + mark + "@example.org", "View", CommentStatus.PENDING);
    var session = moderator();

    assertThat(rowIds(page(session, "/admin/comments?q=" + mark))).containsOnly(onFr, onEn);
    assertThat(rowIds(page(session, "/admin/comments?lang=en&q=" + mark))).containsOnly(onEn);
    assertThat(rowIds(page(session, "/admin/comments?lang=fr&q=" + mark))).containsOnly(onFr);
    assertThat(rowIds(page(session, "/admin/comments?article=" + fr))).containsOnly(onFr);
    assertThat(rowIds(page(session, "/admin/comments?article=" + en + "&q=avis"))).isEmpty();

    Document all = page(session, "/admin/comments?q=" + mark);
    String only = all.selectFirst("tr[data-comment-id=" + onEn + "] a.only-article").attr("href");
    assertThat(rowIds(page(session, only))).containsOnly(onEn);
    Element article = all.selectFirst("tr[data-comment-id=" + onFr + "] .comment-where a");
    assertThat(article.attr("href")).isEqualTo(story.path("fr"));
    assertThat(article.text()).isEqualTo(story.in("fr").title);
  }

  @Test
  void shouldApproveSpamTrashAndDeleteOneCommentAtATime() {
    long article = story().in("fr").id;
    String mark = Fixtures.mark();
    long id =
        comments.add(article, "Chloé", "chloe@example.org", "Bravo " + mark, CommentStatus.PENDING);
    var session = moderator();

    String back =
        session
            .form()
            .post("/admin/comments/" + id + "/approve?status=pending&article=" + article)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(back).contains("status=pending").contains("article=" + article);
    assertThat(comments.status(id)).contains(CommentStatus.APPROVED);
    assertThat(page(session, back).select("p.notice").text()).isEqualTo("1 commentaire approuvé.");

    session.form().post("/admin/comments/" + id + "/spam").then().statusCode(303);
    assertThat(comments.status(id)).contains(CommentStatus.SPAM);
    session.form().post("/admin/comments/" + id + "/trash").then().statusCode(303);
    assertThat(comments.status(id)).contains(CommentStatus.TRASH);
    String deleted =
        session
            .form()
            .post("/admin/comments/" + id + "/delete?status=trash")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(comments.status(id)).isEmpty();
    assertThat(page(session, deleted).select("p.notice").text())
        .isEqualTo("1 commentaire supprimé définitivement.");
  }

  @Test
  void shouldClearAHundredPendingCommentsWithOneBulkAction() {
    var story = story();
    long article = story.in("fr").id;
    String mark = Fixtures.mark();
    List<Long> ids = comments.add(article, 100, "Commentaire " + mark, CommentStatus.PENDING);
    var session = moderator();

    Document queue = page(session, "/admin/comments?status=pending&article=" + article);
    assertThat(rowIds(queue)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(queue.select("form#moderation-form input[type=checkbox][name=id]")).hasSize(100);
    assertThat(queue.select("form#moderation-form .bulk-bar button[value=approve]")).hasSize(2);
    assertThat(queue.select("input[data-select-all]")).hasSize(1);
    assertThat(queue.select("script[src=/static/moderation.js]")).hasSize(1);

    var form = session.form().formParam("action", "approve");
    for (long id : ids) {
      form = form.formParam("id", id);
    }
    String back =
        form.post(queue.selectFirst("form#moderation-form").attr("action"))
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Document after = page(session, back);
    assertThat(after.select("p.notice").text()).isEqualTo("100 commentaires approuvés.");
    assertThat(count(after, "pending")).isZero();
    assertThat(count(after, "approved")).isEqualTo(100);

    Document reader = Html.page(story.path("fr"));
    for (long id : ids) {
      assertThat(reader.getElementById("comment-" + id)).as("comment %d", id).isNotNull();
    }
  }

  @Test
  void shouldTrashThenDeleteInBulkAndChangeNothingWithoutASelection() {
    long article = story().in("fr").id;
    List<Long> ids = comments.add(article, 3, "Vrac " + Fixtures.mark(), CommentStatus.PENDING);
    var session = moderator();

    String back =
        session
            .form()
            .formParam("action", "trash")
            .post("/admin/comments/bulk?status=pending&article=" + article)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(page(session, back).select("p.notice").text())
        .isEqualTo("Aucun commentaire n’était sélectionné : rien n’a changé.");
    ids.forEach(id -> assertThat(comments.status(id)).contains(CommentStatus.PENDING));

    session
        .form()
        .formParam("action", "trash")
        .formParam("id", ids.get(0), ids.get(1), "not-an-id")
        .post("/admin/comments/bulk")
        .then()
        .statusCode(303);
    assertThat(comments.status(ids.get(0))).contains(CommentStatus.TRASH);
    assertThat(comments.status(ids.get(2))).contains(CommentStatus.PENDING);
    Document trash = page(session, "/admin/comments?status=trash&article=" + article);
    assertThat(trash.select(".bulk-bar button[value=delete]")).isNotEmpty();
    String deleted =
        session
            .form()
            .formParam("action", "delete")
            .formParam("id", ids.get(0), ids.get(1))
            .post("/admin/comments/bulk?status=trash&article=" + article)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(comments.status(ids.get(0))).isEmpty();
    assertThat(page(session, deleted).select("p.notice").text())
        .isEqualTo("2 commentaires supprimés définitivement.");
    session
        .form()
        .formParam("action", "publish")
        .formParam("id", ids.get(2))
        .post("/admin/comments/bulk")
        .then()
        .statusCode(400);
  }

  @Test
  void shouldEditTheTextShownToReadersOnceApproved() {
    var story = story();
    long article = story.in("fr").id;
    String mark = Fixtures.mark();
    long id =
        comments.add(article, "Denis", "denis@example.org", "Avant " + mark, CommentStatus.PENDING);
    var session = moderator();

    Document form = page(session, "/admin/comments/" + id + "/edit?status=pending");
    assertThat(form.selectFirst("textarea[name=body]").text()).isEqualTo("Avant " + mark);
    session
        .form()
        .formParam("body", "")
        .post("/admin/comments/" + id + "/edit")
        .then()
        .statusCode(400);
    Document refused =
        Html.parse(
            session
                .form()
                .formParam("body", "x".repeat(5_001))
                .post("/admin/comments/" + id + "/edit")
                .then()
                .statusCode(400)
                .extract()
                .response());
    assertThat(refused.select(".form-error").text()).contains("5000");
    assertThat(refused.selectFirst("textarea[name=body]").text()).hasSize(5_001);

    String back =
        session
            .form()
            .formParam("body", "Après " + mark + "\nDeuxième ligne")
            .post("/admin/comments/" + id + "/edit?status=pending&article=" + article)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(page(session, back).select("p.notice").text())
        .isEqualTo("Le commentaire a été enregistré.");
    assertThat(comments.find(id).orElseThrow().body)
        .isEqualTo("Après " + mark + "\nDeuxième ligne");
    assertThat(comments.status(id)).contains(CommentStatus.PENDING);

    session.form().post("/admin/comments/" + id + "/approve").then().statusCode(303);
    Document reader = Html.page(story.path("fr"));
    assertThat(reader.getElementById("comment-" + id).text()).contains("Après " + mark);
    assertThat(reader.text()).doesNotContain("Avant " + mark);
  }

  @Test
  void shouldPublishAStaffReplyNestedUnderTheComment() {
    var story = story();
    long article = story.in("fr").id;
    String mark = Fixtures.mark();
    long id =
        comments.add(
            article, "Émile", "emile@example.org", "Question " + mark, CommentStatus.PENDING);
    var session = moderator();

    Document form = page(session, "/admin/comments/" + id + "/reply");
    assertThat(form.selectFirst(".comment-quoted").text()).isEqualTo("Question " + mark);
    session
        .form()
        .formParam("body", " ")
        .post("/admin/comments/" + id + "/reply")
        .then()
        .statusCode(400);
    assertThat(comments.replies(id)).isEmpty();

    String back =
        session
            .form()
            .formParam("body", "Réponse " + mark)
            .post("/admin/comments/" + id + "/reply?status=pending")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(page(session, back).select("p.notice").text())
        .isEqualTo("Votre réponse a été publiée.");
    assertThat(comments.status(id)).contains(CommentStatus.APPROVED);
    List<String> replies = comments.replies(id);
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0)).endsWith(":true:APPROVED:Réponse " + mark);
    long reply = Long.parseLong(replies.get(0).split(":")[0]);

    Element thread = Html.page(story.path("fr")).getElementById("comment-" + id).parent();
    assertThat(thread.select(".comment-replies #comment-" + reply).text())
        .contains("Réponse " + mark);
    Document approved = page(session, "/admin/comments?status=approved&article=" + article);
    assertThat(approved.select("tr[data-comment-id=" + reply + "] .staff-badge")).hasSize(1);
  }

  @Test
  void shouldShowScriptPayloadsAsTextInTheQueueAndTheEditForm() {
    long article = story().in("fr").id;
    String script = "<script>alert(1)</script>";
    String img = "<img src=x onerror=alert(1)>";
    String link = "javascript:alert(1)";
    String mark = Fixtures.mark();
    long id =
        comments.add(
            article,
            script + img + link,
            "victim-" + mark + "@example.org",
            mark
                + " "
                + script
                + "\n"
                + img
                + "\n"
                + link
                + " <a href=\"javascript:alert(1)\">x</a>",
            CommentStatus.PENDING);
    var session = moderator();

    for (String path :
        List.of(
            "/admin/comments?q=" + mark,
            "/admin/comments/" + id + "/edit",
            "/admin/comments/" + id + "/reply")) {
      Response response = session.request().get(path).then().statusCode(200).extract().response();
      Document page = Html.parse(response);
      assertThat(page.select("script:not([src])")).as(path).isEmpty();
      assertThat(page.select("img, [onerror]")).as(path).isEmpty();
      assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
      assertThat(page.text()).as(path).contains(script).contains(img).contains(link);
      assertThat(response.asString()).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    Document edit = page(session, "/admin/comments/" + id + "/edit");
    assertThat(edit.selectFirst("textarea[name=body]").text()).contains(script).contains(img);
  }

  @Test
  void shouldShowTheEmailAndAddressToStaff() {
    long article = story().in("fr").id;
    String email = "secret-" + Fixtures.mark() + "@example.org";
    long id = comments.add(article, "Fanny", email, "Bonjour", CommentStatus.PENDING);
    Document queue = page(moderator(), "/admin/comments?article=" + article);
    Element row = queue.selectFirst("tr[data-comment-id=" + id + "]");
    assertThat(row.selectFirst(".comment-email").text()).isEqualTo(email);
    assertThat(row.selectFirst(".comment-address").text()).contains("198.51.100.7");
  }

  @Test
  void shouldRefuseAuthorsEveryModerationRoute() {
    long article = story().in("fr").id;
    long id = comments.add(article, "Gil", "gil@example.org", "Texte", CommentStatus.PENDING);
    var author = AdminSession.signIn(fixtures.member(Role.AUTHOR).username(), Fixtures.PASSWORD);
    for (String path :
        List.of(
            "/admin/comments",
            "/admin/comments/" + id + "/edit",
            "/admin/comments/" + id + "/reply",
            "/admin/comments/blocklist")) {
      author.request().get(path).then().statusCode(403);
    }
    for (String path :
        List.of(
            "/admin/comments/" + id + "/approve",
            "/admin/comments/" + id + "/delete",
            "/admin/comments/bulk",
            "/admin/comments/" + id + "/edit",
            "/admin/comments/" + id + "/reply",
            "/admin/comments/blocklist")) {
      author
          .form()
          .formParam("action", "approve")
          .formParam("id", id)
          .formParam("body", "x")
          .post(path)
          .then()
          .statusCode(403);
    }
    assertThat(comments.status(id)).contains(CommentStatus.PENDING);
    Document dashboard = page(author, "/admin");
    assertThat(dashboard.select("a[href^=/admin/comments]")).isEmpty();
  }

  @Test
  void shouldLetAModeratorInToTheQueueOnly() {
    var session = moderator();
    session.request().get("/admin/comments").then().statusCode(200);
    session.request().get("/admin/articles").then().statusCode(403);
    Document dashboard = page(session, "/admin");
    assertThat(dashboard.select("nav a[href=/admin/comments]")).hasSize(1);
    assertThat(dashboard.select(".dashboard-tile a[href^=/admin/comments]")).hasSize(1);
    assertThat(dashboard.select("nav a[href=/admin/articles]")).isEmpty();
  }

  @Test
  void shouldRefuseAPostWithoutTheCsrfToken() {
    long id =
        comments.add(
            story().in("fr").id, "Hugo", "hugo@example.org", "Texte", CommentStatus.PENDING);
    var session = moderator();
    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("action", "approve")
        .formParam("id", id)
        .post("/admin/comments/bulk")
        .then()
        .statusCode(403);
    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf", "wrong")
        .post("/admin/comments/" + id + "/approve")
        .then()
        .statusCode(403);
    assertThat(comments.status(id)).contains(CommentStatus.PENDING);
  }

  @Test
  void shouldAnswerUnknownCommentsWith404AndBadFiltersWith400() {
    var session = moderator();
    long unknown = Long.MAX_VALUE - 7;
    session.form().post("/admin/comments/" + unknown + "/approve").then().statusCode(404);
    session.form().post("/admin/comments/" + unknown + "/delete").then().statusCode(404);
    session.request().get("/admin/comments/" + unknown + "/edit").then().statusCode(404);
    session.request().get("/admin/comments/" + unknown + "/reply").then().statusCode(404);
    session
        .form()
        .formParam("body", "Texte")
        .post("/admin/comments/" + unknown + "/edit")
        .then()
        .statusCode(404);
    session
        .form()
        .formParam("body", "Texte")
        .post("/admin/comments/" + unknown + "/reply")
        .then()
        .statusCode(404);
    for (String query :
        List.of(
            "status=published",
            "page=abc",
            "page=0",
            "lang=xx",
            "article=abc",
            "article=" + unknown)) {
      Document refused =
          Html.parse(
              session
                  .request()
                  .get("/admin/comments?" + query)
                  .then()
                  .statusCode(400)
                  .extract()
                  .response());
      assertThat(refused.select("main p").first().text()).as(query).isNotBlank();
    }
    Document status =
        Html.parse(
            session
                .request()
                .get("/admin/comments?status=nope")
                .then()
                .statusCode(400)
                .extract()
                .response());
    assertThat(status.text()).contains("Onglet inconnu");
  }

  @Test
  void shouldSpeakEnglishToAModeratorWhoChoseIt() {
    long article = story().in("fr").id;
    List<Long> ids = comments.add(article, 2, "Plural " + Fixtures.mark(), CommentStatus.PENDING);
    var session = moderator();
    session.form().formParam("lang", "en").post("/admin/account/language").then().statusCode(303);
    String back =
        session
            .form()
            .formParam("action", "spam")
            .formParam("id", ids.get(0), ids.get(1))
            .post("/admin/comments/bulk?article=" + article)
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Document queue = page(session, back);
    assertThat(queue.select("p.notice").text()).isEqualTo("2 comments marked as spam.");
    assertThat(queue.selectFirst("a[data-status=pending]").text()).startsWith("Pending");
    assertThat(queue.select("nav a[href=/admin/comments]").text()).isEqualTo("Comments");
    session.form().post("/admin/comments/" + ids.get(0) + "/approve").then().statusCode(303);
    assertThat(page(session, "/admin/comments?done=approve&n=1").select("p.notice").text())
        .isEqualTo("1 comment approved.");
  }
}
