package io.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagAdminPagesTest {

  @Inject Fixtures fixtures;

  private AdminSession editor() {
    return AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
  }

  private static RequestSpecification labels(
      RequestSpecification form, String fr, String frSlug, String en, String enSlug) {
    return form.formParam("lang", "fr", "en")
        .formParam("name", fr, en)
        .formParam("slug", frSlug, enSlug);
  }

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }

  @Test
  void shouldCreateFindAndEditATag() {
    var session = editor();
    String mark = Fixtures.mark();
    String location =
        labels(session.form(), "Élections " + mark, "", "", "")
            .post("/admin/tags")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    long id = Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertThat(page(session, location).select("p.notice").text()).contains("Élections " + mark);

    Document found = page(session, "/admin/tags?q=" + mark);
    assertThat(found.select("tbody tr")).hasSize(1);
    assertThat(found.selectFirst("tr#tag-" + id).text()).contains("elections-" + mark);

    labels(session.form(), "Élections " + mark, "", "Elections " + mark, "polls-" + mark)
        .post("/admin/tags/" + id)
        .then()
        .statusCode(303);
    Document edited = page(session, "/admin/tags?q=" + mark);
    assertThat(edited.selectFirst("tr#tag-" + id).text())
        .contains("Elections " + mark)
        .contains("polls-" + mark);
  }

  @Test
  void shouldRefuseATagWithoutAnyNameOrWithATakenSlug() {
    var session = editor();
    String mark = Fixtures.mark();
    labels(session.form(), "", "", "", "").post("/admin/tags").then().statusCode(400);
    labels(session.form(), "Un " + mark, "pris-" + mark, "", "")
        .post("/admin/tags")
        .then()
        .statusCode(303);

    Document page =
        Html.parse(
            labels(session.form(), "Deux " + mark, "pris-" + mark, "", "")
                .post("/admin/tags")
                .then()
                .statusCode(400)
                .extract()
                .response());
    assertThat(page.select("#new-tag #slug-new-fr-error").text())
        .isEqualTo("Ce slug est déjà utilisé dans cette langue.");
    assertThat(page.select("#new-tag #name-new-fr").val()).isEqualTo("Deux " + mark);
  }

  @Test
  void shouldPaginateTheTags() {
    var session = editor();
    String mark = Fixtures.mark();
    for (int i = 0; i < TagAdminPages.PAGE_SIZE + 1; i++) {
      labels(session.form(), "Lot " + mark + " " + i, "", "", "")
          .post("/admin/tags")
          .then()
          .statusCode(303);
    }
    Document first = page(session, "/admin/tags?q=" + mark);
    assertThat(first.select("tbody tr")).hasSize(TagAdminPages.PAGE_SIZE);
    String next = first.selectFirst("nav.pager a[rel=next]").attr("href");
    Document second = page(session, next);
    assertThat(second.select("tbody tr")).hasSize(1);
    assertThat(second.selectFirst("nav.pager a[rel=prev]")).isNotNull();
    session.request().get("/admin/tags?page=abc").then().statusCode(404);
  }

  @Test
  void shouldRefuseAuthorsModeratorsAnonymousAndMissingCsrfToken() {
    var author = AdminSession.signIn(fixtures.member(Role.AUTHOR).username(), Fixtures.PASSWORD);
    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    author.request().get("/admin/tags").then().statusCode(403);
    moderator.request().get("/admin/tags").then().statusCode(403);
    RestAssured.given().redirects().follow(false).get("/admin/tags").then().statusCode(303);
    String mark = Fixtures.mark();
    labels(moderator.form(), "Refus " + mark, "", "", "")
        .post("/admin/tags")
        .then()
        .statusCode(403);
    var session = editor();
    labels(
            session.request().contentType("application/x-www-form-urlencoded"),
            "Sans jeton " + mark,
            "",
            "",
            "")
        .post("/admin/tags")
        .then()
        .statusCode(403);
    assertThat(page(session, "/admin/tags?q=" + mark).select("tbody tr")).isEmpty();
  }
}
