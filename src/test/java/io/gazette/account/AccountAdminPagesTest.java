package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdminPagesTest {

  @Inject Fixtures fixtures;

  private AdminSession admin() {
    SignedIn admin = fixtures.member(Role.ADMIN);
    return AdminSession.signIn(admin.username(), Fixtures.PASSWORD);
  }

  @Transactional
  Account account(String username) {
    return Account.findByUsername(username).orElse(null);
  }

  @Test
  void shouldLetAdminCreateAUserWhoCanThenSignIn() {
    String username = "new-author-" + Fixtures.mark();
    admin()
        .form()
        .formParam("username", username)
        .formParam("displayName", "Nouvelle Plume")
        .formParam("role", "AUTHOR")
        .formParam("password", "a long enough password")
        .when()
        .post("/admin/users")
        .then()
        .statusCode(303);
    assertThat(account(username).role).isEqualTo(Role.AUTHOR);
    AdminSession.signIn(username, "a long enough password")
        .request()
        .when()
        .get("/admin")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldGiveTheFormBackWithMessagesAndTypedValues() {
    var response =
        admin()
            .form()
            .formParam("username", "x")
            .formParam("displayName", "Gardé tel quel")
            .formParam("role", "EDITOR")
            .formParam("password", "short")
            .when()
            .post("/admin/users")
            .then()
            .statusCode(400)
            .extract()
            .response();
    var page = Html.parse(response);
    assertThat(page.select(".field-error")).hasSize(2);
    assertThat(page.selectFirst("#new-display").attr("value")).isEqualTo("Gardé tel quel");
    assertThat(page.selectFirst("#new-role option[selected]").attr("value")).isEqualTo("EDITOR");
  }

  @Test
  void shouldEndSessionsOfADisabledUserAtOnce() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession victim = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    victim.request().when().get("/admin").then().statusCode(200);

    admin()
        .form()
        .formParam("enabled", "false")
        .when()
        .post("/admin/users/" + editor.accountId() + "/enabled")
        .then()
        .statusCode(303);

    victim
        .request()
        .when()
        .get("/admin")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/login"));
  }

  @Test
  void shouldEndSessionsWhenTheRoleChanges() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession victim = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    admin()
        .form()
        .formParam("role", "AUTHOR")
        .when()
        .post("/admin/users/" + editor.accountId() + "/role")
        .then()
        .statusCode(303);

    victim.request().when().get("/admin").then().statusCode(303);
    assertThat(account(editor.username()).role).isEqualTo(Role.AUTHOR);
  }

  @Test
  void shouldRefuseUsersPageToEveryoneButAdmins() {
    for (Role role : new Role[] {Role.EDITOR, Role.AUTHOR, Role.MODERATOR}) {
      SignedIn member = fixtures.member(role);
      AdminSession session = AdminSession.signIn(member.username(), Fixtures.PASSWORD);
      session.request().when().get("/admin/users").then().statusCode(403);
      session
          .form()
          .formParam("role", "ADMIN")
          .when()
          .post("/admin/users/" + member.accountId() + "/role")
          .then()
          .statusCode(403);
    }
    assertThat(account("admin").role).isEqualTo(Role.ADMIN);
  }

  @Test
  void shouldExplainARefusalInTheMembersLanguage() {
    SignedIn moderator = fixtures.member(Role.MODERATOR);
    AdminSession session = AdminSession.signIn(moderator.username(), Fixtures.PASSWORD);
    var page =
        Html.parse(
            session
                .request()
                .when()
                .get("/admin/users")
                .then()
                .statusCode(403)
                .extract()
                .response());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Accès refusé");
  }

  @Test
  void shouldLetEveryoneChangeTheirOwnPasswordAndSignInAgain() {
    SignedIn moderator = fixtures.member(Role.MODERATOR);
    AdminSession session = AdminSession.signIn(moderator.username(), Fixtures.PASSWORD);
    session
        .form()
        .formParam("current", "wrong")
        .formParam("password", "another long password")
        .when()
        .post("/admin/account/password")
        .then()
        .statusCode(400);
    session
        .form()
        .formParam("current", Fixtures.PASSWORD)
        .formParam("password", "another long password")
        .when()
        .post("/admin/account/password")
        .then()
        .statusCode(303);

    session.request().when().get("/admin").then().statusCode(303);
    AdminSession.signIn(moderator.username(), "another long password")
        .request()
        .when()
        .get("/admin")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldShowTheAdminUiInTheMembersChosenLanguage() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    assertThat(Html.parse(session.request().get("/admin")).selectFirst("html").attr("lang"))
        .isEqualTo("fr");
    session
        .form()
        .formParam("lang", "en")
        .when()
        .post("/admin/account/language")
        .then()
        .statusCode(303);
    var page = Html.parse(session.request().get("/admin"));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).startsWith("Welcome");
  }
}
