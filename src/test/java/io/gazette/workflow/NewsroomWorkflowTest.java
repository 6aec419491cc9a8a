package io.gazette.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.revision.RevisionService;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.Section;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewsroomWorkflowTest {

  @Inject Fixtures fixtures;
  @Inject EditorialService editorial;
  @Inject WorkflowService workflow;
  @Inject RevisionService revisions;

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  private ArticleDraft draft(String title, String body) {
    return new ArticleDraft(
        title, "", "A standfirst", body, anySection(), List.of("Newsroom"), false, true);
  }

  private ArticleSnapshot saved(SaveOutcome outcome) {
    assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
    return ((SaveOutcome.Saved) outcome).article();
  }

  private ArticleSnapshot done(WorkflowService.Outcome outcome) {
    assertThat(outcome).isInstanceOf(WorkflowService.Outcome.Done.class);
    return ((WorkflowService.Outcome.Done) outcome).article();
  }

  @Test
  void shouldLetAuthorWriteAndSubmitButNotPublish() {
    SignedIn author = fixtures.member(Role.AUTHOR);
    var article =
        saved(
            editorial.createStory(
                author, "fr", draft("Mon papier " + Fixtures.mark(), "<p>Texte</p>")));
    assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.revision()).isEqualTo(1);

    assertThatThrownBy(() -> workflow.publish(author, article.id(), article.version(), null, false))
        .isInstanceOf(ForbiddenException.class);
    var submitted = done(workflow.submit(author, article.id(), article.version()));
    assertThat(submitted.status()).isEqualTo(ArticleStatus.REVIEW);

    SignedIn otherAuthor = fixtures.member(Role.AUTHOR);
    assertThatThrownBy(
            () -> editorial.save(otherAuthor, article.id(), submitted.version(), draft("Volé", "")))
        .isInstanceOf(ForbiddenException.class);
    SignedIn moderator = fixtures.member(Role.MODERATOR);
    assertThatThrownBy(() -> editorial.get(moderator, article.id()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void shouldRefuseStaleSaveAndKeepStoredText() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var first =
        saved(
            editorial.createStory(editor, "en", draft("Shared " + Fixtures.mark(), "<p>One</p>")));
    var second =
        saved(
            editorial.save(
                editor, first.id(), first.version(), draft(first.title(), "<p>Two</p>")));

    var stale =
        editorial.save(editor, first.id(), first.version(), draft(first.title(), "<p>Three</p>"));

    assertThat(stale).isInstanceOf(SaveOutcome.Conflict.class);
    assertThat(((SaveOutcome.Conflict) stale).current().bodyHtml()).isEqualTo("<p>Two</p>");
    assertThat(editorial.get(editor, first.id()).revision()).isEqualTo(second.revision());
  }

  @Test
  void shouldFlagTranslationOutdatedWhenSourcePublishedTextChangesAndShowTheDiff() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var source =
        saved(
            editorial.createStory(
                editor,
                "fr",
                draft("Source " + Fixtures.mark(), "<p>Le premier paragraphe reste.</p>")));
    source = done(workflow.publish(editor, source.id(), source.version(), null, false));
    var translation =
        saved(
            editorial.translate(
                editor,
                source.id(),
                "en",
                draft("Translation " + Fixtures.mark(), "<p>The first paragraph stays.</p>")));
    assertThat(translation.outdated()).isFalse();

    saved(
        editorial.save(
            editor,
            source.id(),
            source.version(),
            draft(source.title(), "<p>Le premier paragraphe a changé.</p>")));

    assertThat(editorial.get(editor, translation.id()).outdated()).isTrue();
    var changes = revisions.sourceChanges(editor, translation.id());
    assertThat(changes)
        .anyMatch(
            row ->
                row.changed()
                    && row.oldHtml().contains("<del>reste</del>")
                    && row.newHtml().contains("<ins>a changé</ins>"));

    editorial.markUpToDate(editor, translation.id());
    assertThat(editorial.get(editor, translation.id()).outdated()).isFalse();
  }

  @Test
  void shouldBlockRepeatedParagraphsUnlessEditorOverrides() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    String repeated = "<p>Ce paragraphe est imprimé deux fois par erreur.</p>";
    var article =
        saved(
            editorial.createStory(
                editor, "fr", draft("Doublon " + Fixtures.mark(), repeated + repeated)));

    var blocked = workflow.publish(editor, article.id(), article.version(), null, false);
    assertThat(blocked).isInstanceOf(WorkflowService.Outcome.Blocked.class);
    assertThat(editorial.get(editor, article.id()).status()).isEqualTo(ArticleStatus.DRAFT);

    var published = done(workflow.publish(editor, article.id(), article.version(), null, true));
    assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void shouldPublishScheduledArticleAfterItsTimeAndNotBefore() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var article =
        saved(
            editorial.createStory(editor, "en", draft("Later " + Fixtures.mark(), "<p>Soon.</p>")));
    Instant at = Instant.now().plusSeconds(3600);
    var scheduled = done(workflow.publish(editor, article.id(), article.version(), at, false));
    assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);

    workflow.publishDue(at.minusSeconds(1));
    assertThat(editorial.get(editor, article.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);

    workflow.publishDue(at.plusSeconds(1));
    assertThat(editorial.get(editor, article.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void shouldKeepARevisionPerSaveAndRestoreAsANewOne() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var v1 =
        saved(
            editorial.createStory(
                editor, "en", draft("Revised " + Fixtures.mark(), "<p>Alpha beta.</p>")));
    var v2 =
        saved(
            editorial.save(
                editor, v1.id(), v1.version(), draft(v1.title(), "<p>Alpha gamma.</p>")));
    assertThat(revisions.list(editor, v1.id()))
        .extracting(RevisionService.Summary::number)
        .containsExactly(2, 1);
    assertThat(revisions.diff(editor, v1.id(), 1, 2))
        .anyMatch(row -> row.newHtml().contains("<ins>gamma</ins>"));

    assertThat(revisions.restore(editor, v1.id(), 1, v2.version())).isTrue();
    var restored = editorial.get(editor, v1.id());
    assertThat(restored.revision()).isEqualTo(3);
    assertThat(restored.bodyHtml()).isEqualTo("<p>Alpha beta.</p>");
    assertThat(revisions.restore(editor, v1.id(), 1, v2.version())).as("stale restore").isFalse();
  }

  @Test
  void shouldShowReadersTheSectionADraftTranslationChanged() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    var story =
        fixtures.story(
            "World",
            List.of(),
            Fixtures.published("fr", "Publié"),
            Fixtures.withStatus("en", "Draft", ArticleStatus.DRAFT));
    String page = story.path("fr");
    String before = kicker(page);
    var en = story.in("en");
    var draft =
        new ArticleDraft(
            en.title,
            "",
            "A standfirst",
            "<p>Body</p>",
            otherSection(en.id),
            List.of(),
            false,
            true);
    saved(editorial.save(editor, en.id, en.version, draft));

    // The section belongs to the story: the live French page shows the new one at once.
    assertThat(kicker(page)).isNotEqualTo(before);
  }

  @Transactional
  long otherSection(long articleId) {
    Article article = Article.findById(articleId);
    return Section.<Section>find("id <> ?1", article.story.section.id).firstResult().id;
  }

  private static String kicker(String page) {
    String html = given().when().get(page).then().statusCode(200).extract().asString();
    return org.jsoup.Jsoup.parse(html).select(".kicker a").text();
  }
}
