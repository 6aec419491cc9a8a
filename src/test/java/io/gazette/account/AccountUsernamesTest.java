package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.i18n.HiddenCharacters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Usernames are one whatever their case; display names refuse what could disguise them. */
@QuarkusTest
class AccountUsernamesTest {

  /** Names in any script: the form in UTF-8, as browsers send it (not Latin-1). */
  private static final String UTF8_FORM = "application/x-www-form-urlencoded; charset=UTF-8";

  private static final String PASSWORD = "a long enough password";

  @Inject Fixtures fixtures;

  private AdminSession admin() {
    return AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);
  }

  private static Response create(AdminSession admin, String username, String displayName) {
    return admin
        .form()
        .contentType(UTF8_FORM)
        .formParam("username", username)
        .formParam("displayName", displayName)
        .formParam("role", "AUTHOR")
        .formParam("password", PASSWORD)
        .when()
        .post("/admin/users");
  }

  private static String fieldError(Response response, String field) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    Document page = Html.parse(response);
    var input = page.selectFirst("#new-" + field);
    return input.nextElementSibling().text();
  }

  @Test
  void shouldRefuseAUsernameThatDiffersOnlyInCase() {
    var admin = admin();
    String username = "Casey-" + Fixtures.mark();
    assertThat(create(admin, username, "Casey").statusCode()).isEqualTo(303);

    assertThat(fieldError(create(admin, username.toUpperCase(), "Impostor"), "username"))
        .isEqualTo(
            "Un compte porte déjà cet identifiant, écrit avec d’autres majuscules : les"
                + " identifiants ne distinguent pas les majuscules.");
    assertThat(fieldError(create(admin, username, "Twin"), "username"))
        .isEqualTo("Cet identifiant est déjà pris.");
  }

  @Test
  void shouldSignInWhateverTheCaseTyped() {
    var admin = admin();
    String username = "Dana-" + Fixtures.mark();
    assertThat(create(admin, username, "Dana").statusCode()).isEqualTo(303);
    for (String typed :
        new String[] {username, username.toLowerCase(), " " + username.toUpperCase() + " "}) {
      AdminSession.signIn(typed, PASSWORD).request().get("/admin").then().statusCode(200);
    }
  }

  @Test
  void shouldHaveTheDatabaseRefuseTwoUsernamesThatDifferOnlyInCase() {
    String username = "erin-" + Fixtures.mark();
    QuarkusTransaction.requiringNew()
        .run(() -> Account.create(username, PASSWORD, Role.AUTHOR).persist());
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            Account.create(username.toUpperCase(), PASSWORD, Role.AUTHOR)
                                .persist()))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void shouldRefuseEachBidiAndInvisibleCharacterInADisplayName() {
    var admin = admin();
    for (String hidden : HiddenCharacters.ALL) {
      var response = create(admin, "frank-" + Fixtures.mark(), HiddenCharacters.marieWith(hidden));
      assertThat(fieldError(response, "display"))
          .as(HiddenCharacters.label(hidden))
          .startsWith("Le nom affiché contient des caractères invisibles");
    }
  }
}
