package io.gazette.breaking;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.NewsroomDesk;
import io.gazette.admin.Role;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BreakingAdminPagesTest {

  private static final ZoneId SITE = ZoneId.of("Indian/Mauritius");

  @Inject NewsroomDesk desk;
  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }

  private static String post(AdminSession session, String path, String until) {
    var request = session.form();
    if (until != null) {
      request = request.formParam("until", until);
    }
    return request.post(path).then().statusCode(303).extract().header("Location");
  }

  @Test
  void shouldLetAnEditorMarkAndEndAnAlertFromTheStoryPage() {
    ArticleSnapshot article = desk.publish(desk.draft("fr", "Page").id());
    var session = AdminSession.signIn(desk.editor().username(), Fixtures.PASSWORD);
    String story = "/admin/stories/" + article.storyId();

    Document before = page(session, story);
    assertThat(before.select("#breaking [data-breaking]").attr("data-breaking")).isEqualTo("false");
    assertThat(before.select("#breaking-until").attr("type")).isEqualTo("datetime-local");

    String until = LocalDateTime.now(SITE).plusHours(3).withSecond(0).withNano(0).toString();
    String marked = post(session, story + "/breaking", until);
    assertThat(marked).contains(story + "?done=breaking");
    Document after = page(session, story + "?done=breaking");
    assertThat(after.select("#breaking [data-breaking]").attr("data-breaking")).isEqualTo("true");
    assertThat(after.select(".notice").text()).isNotBlank();
    assertThat(after.select("#breaking-until").val()).isEqualTo(until);

    assertThat(post(session, story + "/breaking/clear", null)).contains("done=breakingCleared");
    assertThat(page(session, story).select("#breaking [data-breaking]").attr("data-breaking"))
        .isEqualTo("false");
  }

  @Test
  void shouldRefuseAPastEndAndHideTheFormFromAuthors() {
    ArticleSnapshot article = desk.publish(desk.draft("fr", "Passé").id());
    var session = AdminSession.signIn(desk.editor().username(), Fixtures.PASSWORD);
    String story = "/admin/stories/" + article.storyId();
    String past = LocalDateTime.now(SITE).minusHours(1).withSecond(0).withNano(0).toString();
    assertThat(post(session, story + "/breaking", past)).contains("done=breakingRefused");
    assertThat(post(session, story + "/breaking", "soon")).contains("done=breakingRefused");
    assertThat(page(session, story).select("#breaking [data-breaking]").attr("data-breaking"))
        .isEqualTo("false");

    var author = fixtures.member(Role.AUTHOR);
    var own =
        editorial.createStory(
            author,
            "fr",
            new ArticleDraft(
                "Auteur " + Fixtures.mark(),
                "",
                "",
                "<p>Texte.</p>",
                desk.anySection(),
                List.of(),
                false,
                true));
    long storyId = ((SaveOutcome.Saved) own).article().storyId();
    var authorSession = AdminSession.signIn(author.username(), Fixtures.PASSWORD);
    Document authorsPage = page(authorSession, "/admin/stories/" + storyId);
    assertThat(authorsPage.select("#breaking [data-breaking]")).hasSize(1);
    assertThat(authorsPage.select("#breaking form")).isEmpty();
    authorSession
        .form()
        .formParam("until", past)
        .post("/admin/stories/" + storyId + "/breaking")
        .then()
        .statusCode(403);
  }
}
