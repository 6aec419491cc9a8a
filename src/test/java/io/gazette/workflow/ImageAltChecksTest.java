package io.gazette.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.media.MediaFixtures;
import io.gazette.media.MediaText;
import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.Section;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImageAltChecksTest {

  private static final String PICTURE = "/media/0123456789abcdef0123456789abcdef.jpg";

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;
  @Inject WorkflowService workflow;
  @Inject MediaFixtures media;

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  private ArticleSnapshot created(SignedIn editor, String lang, String body) {
    var draft =
        new ArticleDraft(
            "Photo " + Fixtures.mark(), "", "Un chapô", body, anySection(), List.of(), false, true);
    var outcome = editorial.createStory(editor, lang, draft);
    return ((SaveOutcome.Saved) outcome).article();
  }

  private static List<EditorialCheck.Kind> blockedBy(WorkflowService.Outcome outcome) {
    assertThat(outcome).isInstanceOf(WorkflowService.Outcome.Blocked.class);
    return ((WorkflowService.Outcome.Blocked) outcome)
        .checks().stream().map(EditorialCheck::kind).toList();
  }

  @Test
  void shouldBlockAnInlinePictureWithoutAltUnlessOverridden() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article =
        created(editor, "fr", "<p>Texte</p><figure><img src=\"" + PICTURE + "\"></figure>");

    var blocked = workflow.publish(editor, article.id(), article.version(), null, false);

    assertThat(blockedBy(blocked)).containsExactly(EditorialCheck.Kind.INLINE_IMAGE_WITHOUT_ALT);
    var done = workflow.publish(editor, article.id(), article.version(), null, true);
    assertThat(((WorkflowService.Outcome.Done) done).article().status())
        .isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void shouldBlockOnlyTheLanguageWhoseLeadPictureHasNoAlt() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var french = created(editor, "fr", "<p>Un texte en français.</p>");
    media.lead(
        french.storyId(), media.asset(640, 480, Map.of("fr", new MediaText("Le port", "", ""))));
    var english = translated(editor, french);

    assertThat(workflow.publish(editor, french.id(), french.version(), null, false))
        .isInstanceOf(WorkflowService.Outcome.Done.class);
    assertThat(blockedBy(workflow.publish(editor, english.id(), english.version(), null, false)))
        .containsExactly(EditorialCheck.Kind.LEAD_IMAGE_WITHOUT_ALT);
  }

  @Test
  void shouldShowTheCheckOnTheFormAndTheLanguageOnTheStoryPage() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var french = created(editor, "fr", "<p>Un texte en français.</p>");
    media.lead(
        french.storyId(), media.asset(640, 480, Map.of("fr", new MediaText("Le port", "", ""))));
    var english = translated(editor, french);
    var session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    Document form = page(session, "/admin/articles/" + english.id());
    Document story = page(session, "/admin/stories/" + french.storyId());

    assertThat(form.select(".check-list li").text()).contains("English");
    assertThat(form.select(".check-list li")).hasSize(1);
    assertThat(story.select("#lang-en .alt-missing")).hasSize(1);
    assertThat(story.select("#lang-fr .alt-missing")).isEmpty();
  }

  private ArticleSnapshot translated(SignedIn editor, ArticleSnapshot source) {
    var draft =
        new ArticleDraft(
            "Picture " + Fixtures.mark(),
            "",
            "A standfirst",
            "<p>A text.</p>",
            source.sectionId(),
            List.of(),
            false,
            true);
    return ((SaveOutcome.Saved) editorial.translate(editor, source.id(), "en", draft)).article();
  }

  private static Document page(AdminSession session, String path) {
    return Html.parse(session.request().get(path).then().statusCode(200).extract().response());
  }
}
