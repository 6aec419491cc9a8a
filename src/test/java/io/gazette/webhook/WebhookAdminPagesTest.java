package io.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookAdminPagesTest {

  private static final String SECRET = "the newsroom page secret";

  @Inject Fixtures fixtures;

  @Test
  void shouldLetAnAdministratorAddAndRemoveAHookWithoutShowingItsSecret() {
    var session = AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);
    String url = "https://push.example.org/" + Fixtures.mark();
    session
        .form()
        .formParam("url", url)
        .formParam("secret", SECRET)
        .formParam("events", "breaking")
        .formParam("events", "publish")
        .post("/admin/webhooks")
        .then()
        .statusCode(303);

    String html = session.request().get("/admin/webhooks?done=added").asString();
    assertThat(html).doesNotContain(SECRET);
    Document page =
        Html.parse(session.request().get("/admin/webhooks").then().extract().response());
    Element row = page.select("tr:has(code:containsOwn(" + url + "))").first();
    assertThat(row).isNotNull();
    assertThat(row.text()).contains("…cret");
    String id = row.attr("data-webhook-id");

    session.form().post("/admin/webhooks/" + id + "/delete").then().statusCode(303);
    assertThat(session.request().get("/admin/webhooks").asString()).doesNotContain(url);
  }

  @Test
  void shouldShowTheFormAgainWithTheErrorAndWithoutTheSecret() {
    var session = AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);
    Document page =
        Jsoup.parse(
            session
                .form()
                .formParam("url", "ftp://example.org/hook")
                .formParam("secret", "short")
                .post("/admin/webhooks")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertThat(page.select("#webhook-error").text()).isNotBlank();
    assertThat(page.select("#webhook-url").val()).isEqualTo("ftp://example.org/hook");
    assertThat(page.select("#webhook-secret").val()).isEmpty();
  }
}
