package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

  @Inject Fixtures fixtures;

  /** The policy's directives by name, each with its sources. */
  private static Map<String, String> directives(Response response) {
    String policy = response.header("Content-Security-Policy");
    assertThat(policy).as("Content-Security-Policy").isNotNull();
    return Arrays.stream(policy.split(";"))
        .map(String::strip)
        .collect(Collectors.toMap(d -> d.split(" ")[0], d -> d.substring(d.indexOf(' ') + 1)));
  }

  private static Response get(String path) {
    return given().redirects().follow(false).when().get(path);
  }

  private static void assertReaderPolicy(Response response) {
    Map<String, String> policy = directives(response);
    assertThat(policy)
        .containsEntry("default-src", "'self'")
        .containsEntry("script-src", "'self'")
        .containsEntry("style-src", "'self'")
        .containsEntry("img-src", "'self' data: https:")
        .containsEntry("object-src", "'none'")
        .containsEntry("base-uri", "'self'")
        .containsEntry("form-action", "'self'")
        .containsEntry("frame-ancestors", "'self'");
    assertCommonHeaders(response);
  }

  private static void assertCommonHeaders(Response response) {
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    String policy = response.header("Content-Security-Policy");
    if (policy != null) {
      String scripts = directives(response).getOrDefault("script-src", "");
      assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval");
    }
  }

  @Test
  void shouldForbidInlineScriptOnReaderPagesAndTheirErrors() {
    String article =
        fixtures.story("World", List.of(), Fixtures.published("fr", "Politique")).path("fr");
    List<Response> pages =
        List.of(
            get("/fr/"),
            get(article),
            get(article),
            get("/fr/n-existe-pas"),
            get("/de/irgendwas"),
            get("/en/section/world?page=abc"),
            get("/"),
            get("/static/site.css"));
    assertThat(pages.stream().map(Response::statusCode))
        .containsExactly(200, 200, 200, 404, 404, 400, 303, 200);
    pages.forEach(SecurityHeadersTest::assertReaderPolicy);
  }

  @Test
  void shouldAllowInlineStylesButNoInlineScriptInTheNewsroom() {
    AdminSession session =
        AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
    List<Response> pages =
        List.of(
            get("/admin/login"),
            session.request().when().get("/admin"),
            session.request().when().get("/admin/articles/new"));
    for (Response page : pages) {
      assertThat(page.statusCode()).isEqualTo(200);
      Map<String, String> policy = directives(page);
      assertThat(policy)
          .containsEntry("script-src", "'self'")
          .containsEntry("style-src", "'self' 'unsafe-inline'")
          .containsEntry("object-src", "'none'")
          .containsEntry("frame-ancestors", "'self'");
      assertCommonHeaders(page);
    }
  }

  @Test
  void shouldLetJsonLoadNothingAndLeaveQuarkusToolsAlone() {
    Response json = get("/api/v1/articles/" + Long.MAX_VALUE + "/comments");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(directives(json)).containsEntry("default-src", "'none'");
    assertCommonHeaders(json);

    Response swagger = get("/q/swagger-ui/");
    assertThat(swagger.statusCode()).isEqualTo(200);
    assertThat(swagger.header("Content-Security-Policy")).isNull();
    assertThat(swagger.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(get("/q/openapi").header("Content-Security-Policy")).isNull();
  }

  @Test
  void shouldKeepScriptsAndStylesOutOfEveryTemplate() throws IOException {
    Pattern inline =
        Pattern.compile(
            // JSON-LD blocks are data, not scripts: the policy needs no exception for them.
            "<script(?![^>]*\\s(src=|type=\"application/ld\\+json\"))[^>]*>"
                + "|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style|javascript:",
            Pattern.CASE_INSENSITIVE);
    Path templates = Paths.get("src/main/resources/templates");
    List<String> found;
    try (Stream<Path> files = Files.walk(templates)) {
      found =
          files
              .filter(file -> file.toString().endsWith(".html"))
              .flatMap(file -> matches(inline, file))
              .toList();
    }
    assertThat(found).isEmpty();
  }

  private static Stream<String> matches(Pattern pattern, Path file) {
    try {
      return pattern.matcher(Files.readString(file)).results().map(m -> file + ": " + m.group());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
