package io.gazette.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.comment.BlockedTerm;
import io.gazette.comment.Comment;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.story.Article;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Walks every newsroom route as anonymous and as each role, and compares with who may use it. A
 * route the application declares but this matrix does not know fails the test.
 */
@QuarkusTest
class RoleMatrixTest {

  static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR);
  static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.EDITOR);
  static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
  static final Set<Role> MODERATORS = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR);

  /** Who may use a route, and what a request to it carries (besides cookie and CSRF token). */
  record Rule(Set<Role> allowed, Function<Target, Map<String, Object>> form) {}

  /** The things a route's path and form refer to, fresh for every check. */
  record Target(
      ArticleSnapshot article, long otherAccountId, long sectionId, long tagId, long commentId) {}

  /** A form key that makes the request a multipart upload of a small, not-a-picture file. */
  static final String MULTIPART = "multipart";

  static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

  static {
    rule("GET /admin", EVERYONE);
    rule("POST /admin/logout", EVERYONE);
    rule("GET /admin/account/password", EVERYONE);
    rule(
        "POST /admin/account/password", EVERYONE, t -> Map.of("current", "wrong", "password", "x"));
    rule("POST /admin/account/language", EVERYONE, t -> Map.of("lang", "fr"));
    rule("GET /admin/users", ADMINS);
    rule("POST /admin/users", ADMINS, t -> Map.of("username", "x"));
    rule("POST /admin/users/{id}/role", ADMINS, t -> Map.of("role", "AUTHOR"));
    rule("POST /admin/users/{id}/enabled", ADMINS, t -> Map.of("enabled", "true"));
    rule("POST /admin/users/{id}/password", ADMINS, t -> Map.of("password", "short"));
    rule("GET /admin/articles", WRITERS);
    rule("GET /admin/articles/new", WRITERS);
    rule("POST /admin/articles", WRITERS, t -> Map.of("lang", "fr", "title", ""));
    rule(
        "POST /admin/articles/bulk",
        EDITORS,
        t ->
            Map.of(
                "action", "unpublish", "article", t.article().id() + ":" + t.article().version()));
    rule("GET /admin/articles/{id: \\d+}", WRITERS);
    rule(
        "POST /admin/articles/{id: \\d+}",
        WRITERS,
        t ->
            Map.of(
                "title",
                "Autre titre " + Fixtures.mark(),
                "section",
                t.sectionId(),
                "bodyHtml",
                "<p>Texte.</p>"));
    String action = "POST /admin/articles/{id: \\d+}/{action: submit|publish|unpublish|send-back}";
    rule(action + " [submit]", WRITERS);
    rule(action + " [publish]", EDITORS);
    rule(action + " [unpublish]", EDITORS);
    rule(action + " [send-back]", EDITORS);
    rule("GET /admin/articles/{id: \\d+}/preview", WRITERS);
    rule("GET /admin/articles/{id}/revisions", WRITERS);
    rule("GET /admin/articles/{id}/revisions/diff", WRITERS);
    rule("POST /admin/articles/{id}/revisions/{number}/restore", WRITERS);
    rule("GET /admin/articles/{id}/source-changes", WRITERS);
    rule("POST /admin/articles/{id}/up-to-date", WRITERS);
    rule("GET /admin/articles/{sourceId}/translate/{lang}", WRITERS);
    rule("POST /admin/articles/{sourceId}/translate/{lang}", WRITERS, t -> Map.of("title", ""));
    rule("GET /admin/stories/{storyId}", WRITERS);
    rule("GET /admin/audit", ADMINS);
    rule("GET /admin/sections", EDITORS);
    rule("POST /admin/sections", EDITORS);
    rule("POST /admin/sections/{id}", EDITORS);
    rule("GET /admin/tags", EDITORS);
    rule("POST /admin/tags", EDITORS);
    rule("POST /admin/tags/{id}", EDITORS);
    rule("GET /admin/comments", MODERATORS);
    String moderate = "POST /admin/comments/{id: \\d+}/{action: approve|spam|trash|delete}";
    rule(moderate + " [approve]", MODERATORS);
    rule(moderate + " [spam]", MODERATORS);
    rule(moderate + " [trash]", MODERATORS);
    rule(moderate + " [delete]", MODERATORS);
    rule(
        "POST /admin/comments/bulk",
        MODERATORS,
        t -> Map.of("action", "trash", "id", t.commentId()));
    rule("GET /admin/comments/{id: \\d+}/edit", MODERATORS);
    rule(
        "POST /admin/comments/{id: \\d+}/edit",
        MODERATORS,
        t -> Map.of("body", "Texte revu " + Fixtures.mark()));
    rule("GET /admin/comments/{id: \\d+}/reply", MODERATORS);
    rule(
        "POST /admin/comments/{id: \\d+}/reply",
        MODERATORS,
        t -> Map.of("body", "Réponse " + Fixtures.mark()));
    rule("GET /admin/comments/blocklist", MODERATORS);
    rule("POST /admin/comments/blocklist", MODERATORS, t -> Map.of("kind", "word", "term", ""));
    rule("POST /admin/comments/blocklist/{termId}/delete", MODERATORS);
    rule("DELETE /api/admin/v1/tokens/current", EVERYONE);
    rule("GET /api/admin/v1/articles", WRITERS);
    rule("POST /api/admin/v1/articles", WRITERS, t -> Map.of("lang", "fr", "title", ""));
    rule("GET /api/admin/v1/articles/{id}", WRITERS);
    rule(
        "PUT /api/admin/v1/articles/{id}",
        WRITERS,
        t ->
            Map.of(
                "title",
                "Titre " + Fixtures.mark(),
                "bodyHtml",
                "<p>Texte.</p>",
                "sectionId",
                t.sectionId()));
    rule("POST /api/admin/v1/articles/{id}/submit", WRITERS);
    rule("POST /api/admin/v1/articles/{id}/publish", EDITORS);
    rule("POST /api/admin/v1/articles/{id}/unpublish", EDITORS);
    rule(
        "POST /api/admin/v1/articles/{id}/translations",
        WRITERS,
        t -> Map.of("lang", "en", "title", ""));
    rule("GET /api/admin/v1/articles/{id}/revisions", WRITERS);
    rule("GET /api/admin/v1/comments", MODERATORS);
    rule("GET /api/admin/v1/comments/{id}", MODERATORS);
    rule("POST /api/admin/v1/comments/{id}/approve", MODERATORS);
    rule("POST /api/admin/v1/comments/{id}/spam", MODERATORS);
    rule("POST /api/admin/v1/comments/{id}/trash", MODERATORS);
    rule("DELETE /api/admin/v1/comments/{id}", MODERATORS);
    rule("POST /admin/stories/{storyId}/breaking", EDITORS, t -> Map.of("until", inAnHour()));
    rule("POST /admin/stories/{storyId}/breaking/clear", EDITORS);
    rule("GET /admin/webhooks", ADMINS);
    rule("POST /admin/webhooks", ADMINS, t -> Map.of("url", "", "secret", ""));
    rule("POST /admin/webhooks/{id}/delete", ADMINS);
    rule(
        "POST /api/admin/v1/stories/{storyId}/breaking",
        EDITORS,
        t -> Map.of("until", java.time.Instant.now().plusSeconds(3600).toString()));
    rule("DELETE /api/admin/v1/stories/{storyId}/breaking", EDITORS);
    rule("GET /api/admin/v1/webhooks", ADMINS);
    rule("POST /api/admin/v1/webhooks", ADMINS, t -> Map.of("url", "", "secret", ""));
    rule("DELETE /api/admin/v1/webhooks/{id}", ADMINS);
    rule("GET /admin/media", WRITERS);
    rule("POST /admin/media", WRITERS, t -> Map.of(MULTIPART, true));
    rule("POST /admin/media/upload", WRITERS, t -> Map.of(MULTIPART, true));
    rule("POST /admin/media/lead", WRITERS, t -> Map.of("article", t.article().id()));
    rule("GET /admin/media/{id: \\d+}", WRITERS);
    rule("POST /admin/media/{id: \\d+}", WRITERS, t -> Map.of("lang", "fr", "alt", "x"));
    rule("POST /admin/media/{id: \\d+}/file", WRITERS, t -> Map.of(MULTIPART, true));
    rule("POST /admin/media/{id: \\d+}/delete", WRITERS);
    rule("POST /api/admin/v1/media", WRITERS, t -> Map.of(MULTIPART, true));
    rule("GET /api/admin/v1/media/{id}", WRITERS);
    rule("PATCH /api/admin/v1/media/{id}", WRITERS, t -> Map.of("version", 0, "texts", Map.of()));
    rule("DELETE /api/admin/v1/media/{id}", WRITERS);
    rule("PUT /api/admin/v1/stories/{storyId}/lead-image", WRITERS, t -> Map.of("note", "none"));
  }

  /** A breaking news end in the site's zone, as the story page's date-time field sends it. */
  static String inAnHour() {
    return java.time.LocalDateTime.now(java.time.ZoneId.of("Indian/Mauritius"))
        .plusHours(1)
        .withSecond(0)
        .withNano(0)
        .toString();
  }

  /** Routes anyone may use: signing in. */
  static final Set<String> PUBLIC =
      Set.of("GET /admin/login", "POST /admin/login", "POST /api/admin/v1/tokens");

  static void rule(String route, Set<Role> allowed) {
    rule(route, allowed, t -> Map.of());
  }

  static void rule(String route, Set<Role> allowed, Function<Target, Map<String, Object>> form) {
    MATRIX.put(route, new Rule(allowed, form));
  }

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;

  private final Map<Role, AdminSession> sessions = new LinkedHashMap<>();
  private final Map<Role, String> tokens = new LinkedHashMap<>();
  private long otherAccountId;

  @Test
  void shouldKnowEveryNewsroomRoute() throws Exception {
    Set<String> declared = AdminRoutes.declared();
    declared.removeAll(PUBLIC);
    Set<String> known = new java.util.TreeSet<>();
    MATRIX.keySet().forEach(route -> known.add(route.replaceAll(" \\[.*]$", "")));
    assertThat(known).as("routes in the matrix").containsAll(declared);
    assertThat(declared).as("matrix routes that exist").containsAll(known);
  }

  @Test
  void shouldAllowEachRouteToExactlyItsRoles() {
    Map<Role, SignedIn> members = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      SignedIn member = fixtures.member(role);
      members.put(role, member);
      sessions.put(role, AdminSession.signIn(member.username(), Fixtures.PASSWORD));
    }
    otherAccountId = fixtures.member(Role.AUTHOR).accountId();
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (route, rule) -> {
          SignedIn author = members.get(Role.AUTHOR);
          // Reading changes nothing, so one target serves every role; writes get a fresh one.
          Target shared = route.startsWith("GET ") ? target(author, route) : null;
          List<SignedIn> callers = new ArrayList<>(members.values());
          callers.add(0, null);
          for (SignedIn caller : callers) {
            String outcome =
                check(route, rule, caller, shared != null ? shared : target(author, route));
            if (outcome != null) {
              wrong.add(outcome);
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  /** Null when the route answered as the matrix says, else a description of what went wrong. */
  private String check(String route, Rule rule, SignedIn member, Target target) {
    String verb = route.substring(0, route.indexOf(' '));
    String path = path(route.substring(route.indexOf(' ') + 1), target);
    Response response = send(verb, path, rule.form().apply(target), member, target);
    int status = response.statusCode();
    String who = member == null ? "anonymous" : member.role().name();
    boolean toLogin = status == 303 && response.header("Location").endsWith("/admin/login");
    boolean apiRoute = path.startsWith("/api/");
    if (status >= 500) {
      return route + " as " + who + ": " + status;
    }
    if (member == null) {
      boolean refused = apiRoute ? status == 401 : toLogin;
      return refused
          ? null
          : route + " as anonymous: " + status + " instead of a sign-in challenge";
    }
    boolean allowed = rule.allowed().contains(member.role());
    boolean denied = status == 403 || status == 401 || toLogin;
    if (allowed == denied) {
      return route
          + " as "
          + who
          + ": "
          + status
          + (allowed ? " but allowed" : " but forbidden")
          + " "
          + response.asString().substring(0, Math.min(160, response.asString().length()));
    }
    return null;
  }

  private Response send(
      String verb, String path, Map<String, Object> form, SignedIn member, Target target) {
    if (path.startsWith("/api/") && !form.containsKey(MULTIPART)) {
      return sendJson(verb, path, form, member, target);
    }
    RequestSpecification request = given().redirects().follow(false);
    if (member != null) {
      // Signing out ends the session: that route gets one of its own.
      AdminSession session =
          path.equals("/admin/logout")
              ? AdminSession.signIn(member.username(), Fixtures.PASSWORD)
              : sessions.get(member.role());
      request = verb.equals("GET") ? session.request() : session.form();
    } else if (!verb.equals("GET")) {
      request = request.contentType("application/x-www-form-urlencoded").formParam("csrf", "none");
    }
    if (form.containsKey(MULTIPART)) {
      return multipart(member, path);
    }
    if (!verb.equals("GET")) {
      request = request.formParams(form).formParam("version", target.article().version());
    }
    return request.when().request(verb, path);
  }

  /** An upload: the session's cookie and CSRF token (or none), and a file that is no picture. */
  private Response multipart(SignedIn member, String path) {
    RequestSpecification request = given().redirects().follow(false);
    if (path.startsWith("/api/") && member != null) {
      String token = tokens.computeIfAbsent(member.role(), role -> token(member));
      request = request.header("Authorization", "Bearer " + token);
    } else if (member != null) {
      AdminSession session = sessions.get(member.role());
      request = session.request().multiPart("csrf", session.csrf());
    } else {
      request = request.multiPart("csrf", "none");
    }
    return request
        .multiPart("file", "note.png", "not a picture".getBytes(), "image/png")
        .when()
        .post(path);
  }

  /** The API takes a bearer token (a fresh one where the call revokes it) and JSON. */
  private Response sendJson(
      String verb, String path, Map<String, Object> body, SignedIn member, Target target) {
    RequestSpecification request =
        given().redirects().follow(false).contentType("application/json");
    if (member != null) {
      String token =
          path.endsWith("/tokens/current")
              ? token(member)
              : tokens.computeIfAbsent(member.role(), role -> token(member));
      request = request.header("Authorization", "Bearer " + token);
    }
    if (!verb.equals("GET") && !verb.equals("DELETE")) {
      request = request.header("If-Match", "\"" + target.article().version() + "\"").body(body);
    }
    return request.when().request(verb, path);
  }

  private static String token(SignedIn member) {
    return given()
        .contentType("application/json")
        .body(Map.of("username", member.username(), "password", Fixtures.PASSWORD))
        .when()
        .post("/api/admin/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private String path(String route, Target target) {
    String variant =
        route.contains(" [") ? route.substring(route.indexOf(" [") + 2, route.length() - 1) : "";
    String template = route.replaceAll(" \\[.*]$", "");
    return template
        .replaceAll("\\{action: [^}]+}", variant)
        .replace("{id: \\d+}", "{id}")
        .replace("/comments/{id}", "/comments/" + target.commentId())
        .replace("{termId}", template.contains("{termId}") ? String.valueOf(blockedTerm()) : "")
        .replace("/users/{id}", "/users/" + target.otherAccountId())
        .replace("/sections/{id}", "/sections/" + target.sectionId())
        .replace("/tags/{id}", "/tags/" + target.tagId())
        .replace("{id}", String.valueOf(target.article().id()))
        .replace("{sourceId}", String.valueOf(target.article().id()))
        .replace("{lang}", "en")
        .replace("{number}", "1")
        .replace("{storyId}", String.valueOf(target.article().storyId()));
  }

  /** A fresh French draft owned by the author, an account to act on, a comment for comments. */
  private Target target(SignedIn author, String route) {
    long section = anySection();
    var outcome =
        editorial.createStory(
            author,
            "fr",
            new ArticleDraft(
                "Matrice " + Fixtures.mark(),
                "",
                "Chapeau",
                "<p>Texte.</p>",
                section,
                List.of(),
                false,
                true));
    ArticleSnapshot article = ((SaveOutcome.Saved) outcome).article();
    long comment = route.contains("/comments/") ? pendingComment(article.id()) : 0;
    return new Target(article, otherAccountId, section, anyTag(), comment);
  }

  /** A reader's comment waiting for moderation on the article. */
  @Transactional
  long pendingComment(long articleId) {
    Comment comment = new Comment();
    comment.article = Article.findById(articleId);
    comment.authorName = "Lecteur";
    comment.email = "lecteur@example.org";
    comment.body = "Commentaire " + Fixtures.mark();
    comment.persist();
    return comment.id;
  }

  /** A blocklisted word that matches nothing else. */
  @Transactional
  long blockedTerm() {
    BlockedTerm term = new BlockedTerm();
    term.kind = BlockedTerm.Kind.WORD;
    term.term = "matrice" + Fixtures.mark();
    term.persist();
    return term.id;
  }

  private Long sectionId;

  long anySection() {
    if (sectionId == null) {
      sectionId = firstSection();
    }
    return sectionId;
  }

  @Transactional
  long anyTag() {
    return Tag.<Tag>findAll().firstResult().id;
  }

  @Transactional
  long firstSection() {
    return Section.<Section>findAll().firstResult().id;
  }
}
