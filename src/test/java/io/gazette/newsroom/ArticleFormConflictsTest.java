package io.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Race;
import io.gazette.account.SessionAuthenticationMechanism;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.story.Article;
import io.gazette.story.ArticleRevision;
import io.gazette.taxonomy.Section;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The newsroom's article form under real parallel posts: conflicts shown, never a 500. */
@QuarkusTest
class ArticleFormConflictsTest {

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  @Transactional
  long revisions(long articleId) {
    return ArticleRevision.count("article.id", articleId);
  }

  @Transactional
  List<String> slugsTitled(String title) {
    return Article.<Article>list("title", title).stream().map(a -> a.slug).toList();
  }

  private Map<String, String> fields(AdminSession session, String title) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", session.csrf());
    fields.put("lang", "fr");
    fields.put("title", title);
    fields.put("bodyHtml", "<p>Texte.</p>");
    fields.put("section", Long.toString(anySection()));
    fields.put("commentsOpen", "true");
    return fields;
  }

  private static HttpRequest post(AdminSession session, String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return Race.to(path)
        .header("Cookie", SessionAuthenticationMechanism.COOKIE + "=" + session.cookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Test
  void shouldSaveOneOfTwentySameVersionFormSavesAndShowTheOthersTheConflict() throws Exception {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    var draft =
        new ArticleDraft(
            "Course " + Fixtures.mark(),
            "",
            "",
            "<p>Un.</p>",
            anySection(),
            List.of(),
            false,
            true);
    var created = ((SaveOutcome.Saved) editorial.createStory(editor, "fr", draft)).article();
    long before = revisions(created.id());

    var answers =
        Race.run(
            20,
            i -> {
              Map<String, String> save = fields(session, "Version " + i);
              save.put("version", Integer.toString(created.version()));
              return post(session, "/admin/articles/" + created.id(), save);
            });

    assertThat(Race.statuses(answers))
        .as(Race.describe(answers))
        .isEqualTo(Map.of(303, 1L, 409, 19L));
    String conflict = ArticleAdminPagesTest.french().conflictSave();
    for (HttpResponse<String> refused :
        answers.stream().filter(r -> r.statusCode() == 409).toList()) {
      assertThat(Jsoup.parse(refused.body()).text()).contains(conflict);
    }
    assertThat(revisions(created.id())).isEqualTo(before + 1);
  }

  @Test
  void shouldCreateTenStoriesFromTenSameTitleFormsSentAtOnce() throws Exception {
    SignedIn author = fixtures.member(Role.AUTHOR);
    AdminSession session = AdminSession.signIn(author.username(), Fixtures.PASSWORD);
    String title = "Dix fois " + Fixtures.mark();

    var answers = Race.run(10, i -> post(session, "/admin/articles", fields(session, title)));

    assertThat(Race.statuses(answers)).as(Race.describe(answers)).isEqualTo(Map.of(303, 10L));
    assertThat(answers.stream().map(r -> r.headers().firstValue("Location").orElseThrow()))
        .allMatch(location -> location.contains("?done=created"))
        .doesNotHaveDuplicates();
    assertThat(slugsTitled(title)).hasSize(10).doesNotHaveDuplicates();
  }
}
