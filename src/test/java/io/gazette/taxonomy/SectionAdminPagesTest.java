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
class SectionAdminPagesTest {

  @Inject Fixtures fixtures;

  private AdminSession editor() {
    return AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
  }

  private static RequestSpecification labels(
      RequestSpecification form, String fr, String frSlug, String en, String enSlug) {
    return form.formParam("lang", "fr", "en")
        .formParam("name", fr, en)
        .formParam("slug", frSlug, enSlug)
        .formParam("position", "500");
  }

  private static long createdId(String location) {
    return Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  @Test
  void shouldCreateASectionInBothLanguagesAndShowItInTheReaderNavigation() {
    var session = editor();
    String mark = Fixtures.mark();
    String location =
        labels(session.form(), "Météo " + mark, "", "Weather " + mark, "")
            .post("/admin/sections")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    Document admin =
        Html.parse(session.request().get(location).then().statusCode(200).extract().response());
    assertThat(admin.select("p.notice").text()).contains("Météo " + mark);
    var row = admin.selectFirst("tr#section-" + createdId(location));
    assertThat(row.text()).contains("meteo-" + mark).contains("weather-" + mark);

    Document french = Html.page("/fr/");
    assertThat(french.select("nav.sections-nav a[href=/fr/section/meteo-" + mark + "]").text())
        .isEqualTo("Météo " + mark);
    Html.page("/fr/section/meteo-" + mark);
  }

  @Test
  void shouldRefuseASlugAlreadyTakenInTheLanguageAndKeepWhatWasTyped() {
    var session = editor();
    String mark = Fixtures.mark();
    labels(session.form(), "Sport " + mark, "sport-" + mark, "Sport " + mark, "sport-" + mark)
        .post("/admin/sections")
        .then()
        .statusCode(303);

    var response =
        labels(session.form(), "Autre " + mark, "sport-" + mark, "Other " + mark, "")
            .post("/admin/sections")
            .then()
            .statusCode(400)
            .extract()
            .response();

    Document page = Html.parse(response);
    assertThat(page.select("#new-section #slug-new-fr-error").text())
        .isEqualTo("Ce slug est déjà utilisé dans cette langue.");
    assertThat(page.select("#new-section #name-new-fr").val()).isEqualTo("Autre " + mark);
    assertThat(page.select("#new-section #slug-new-en-error")).isEmpty();
  }

  @Test
  void shouldEditASectionAndRequireANameInEveryLanguage() {
    var session = editor();
    String mark = Fixtures.mark();
    String location =
        labels(session.form(), "Culture " + mark, "", "Culture " + mark, "")
            .post("/admin/sections")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    long id = createdId(location);

    labels(session.form(), "Arts " + mark, "arts-" + mark, "", "")
        .post("/admin/sections/" + id)
        .then()
        .statusCode(400);
    labels(session.form(), "Arts " + mark, "arts-" + mark, "Arts " + mark, "")
        .post("/admin/sections/" + id)
        .then()
        .statusCode(303);

    assertThat(Html.page("/fr/").select("nav.sections-nav a[href=/fr/section/arts-" + mark + "]"))
        .hasSize(1);
    labels(session.form(), "X", "", "X", "")
        .post("/admin/sections/999999999")
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRefuseAuthorsModeratorsAnonymousAndMissingCsrfToken() {
    var author = AdminSession.signIn(fixtures.member(Role.AUTHOR).username(), Fixtures.PASSWORD);
    var moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    author.request().get("/admin/sections").then().statusCode(403);
    moderator.request().get("/admin/sections").then().statusCode(403);
    RestAssured.given().redirects().follow(false).get("/admin/sections").then().statusCode(303);
    String mark = Fixtures.mark();
    labels(moderator.form(), "Refus " + mark, "", "Refused " + mark, "")
        .post("/admin/sections")
        .then()
        .statusCode(403);

    var session = editor();
    labels(
            session.request().contentType("application/x-www-form-urlencoded"),
            "Sans jeton " + mark,
            "",
            "No token " + mark,
            "")
        .post("/admin/sections")
        .then()
        .statusCode(403);
    Document page =
        Html.parse(
            session.request().get("/admin/sections").then().statusCode(200).extract().response());
    assertThat(page.text()).doesNotContain(mark);
  }
}
