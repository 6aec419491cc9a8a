package io.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.i18n.HiddenCharacters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Tag and section names refuse bidi controls and invisible characters, in the editor's words. */
@QuarkusTest
class LabelNameCharactersTest {

  /** Names in any script: the form in UTF-8, as browsers send it (not Latin-1). */
  private static final String UTF8_FORM = "application/x-www-form-urlencoded; charset=UTF-8";

  private static final String FRENCH =
      "Le nom contient des caractères invisibles ou qui changent le sens du texte (comme U+202E"
          + " ou U+200B). Veuillez les retirer.";

  @Inject Fixtures fixtures;

  private AdminSession editor() {
    return AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
  }

  private static Document refused(AdminSession session, String path, String frName) {
    var form =
        session
            .form()
            .contentType(UTF8_FORM)
            .formParam("lang", "fr", "en")
            .formParam("name", frName, "Valid " + Fixtures.mark())
            .formParam("slug", "", "")
            .formParam("position", "500");
    return Html.parse(form.post(path).then().statusCode(400).extract().response());
  }

  @Test
  void shouldRefuseEachBidiAndInvisibleCharacterInATagName() {
    var session = editor();
    for (String hidden : HiddenCharacters.ALL) {
      Document page = refused(session, "/admin/tags", HiddenCharacters.marieWith(hidden));
      assertThat(page.select("#new-tag #name-new-fr-error").text())
          .as(HiddenCharacters.label(hidden))
          .isEqualTo(FRENCH);
    }
  }

  @Test
  void shouldRefuseEachBidiAndInvisibleCharacterInASectionName() {
    var session = editor();
    for (String hidden : HiddenCharacters.ALL) {
      Document page = refused(session, "/admin/sections", HiddenCharacters.marieWith(hidden));
      assertThat(page.select("#new-section #name-new-fr-error").text())
          .as(HiddenCharacters.label(hidden))
          .isEqualTo(FRENCH);
    }
  }

  @Test
  void shouldKeepAPersianTagNameWithItsNonJoiner() {
    var session = editor();
    String name = "می\u200Cخواهم " + Fixtures.mark();
    session
        .form()
        .contentType(UTF8_FORM)
        .formParam("lang", "fr", "en")
        .formParam("name", name, "")
        .formParam("slug", "persan-" + Fixtures.mark(), "")
        .post("/admin/tags")
        .then()
        .statusCode(303);
    Document found =
        Html.parse(
            session
                .request()
                .get("/admin/tags?q=" + name.substring(name.length() - 8))
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(found.select("tbody td bdi").eachText()).contains(name);
  }
}
