package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.editorial.SlugChanges;
import io.gazette.taxonomy.Section;
import io.gazette.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** An editor at work through the real newsroom services, for the feed and push tests. */
@ApplicationScoped
public class NewsroomDesk {

  private final Fixtures fixtures;
  private final EditorialService editorial;
  private final WorkflowService workflow;
  private final SlugChanges slugChanges;
  private SignedIn editor;

  NewsroomDesk(
      Fixtures fixtures,
      EditorialService editorial,
      WorkflowService workflow,
      SlugChanges slugChanges) {
    this.fixtures = fixtures;
    this.editorial = editorial;
    this.workflow = workflow;
    this.slugChanges = slugChanges;
  }

  public SignedIn editor() {
    if (editor == null) {
      editor = fixtures.member(Role.EDITOR);
    }
    return editor;
  }

  /** A new story's first version, a draft. */
  public ArticleSnapshot draft(String lang, String title) {
    return saved(editorial.createStory(editor(), lang, draft(title + " " + Fixtures.mark())));
  }

  /** The story's version in another language, a draft. */
  public ArticleSnapshot translate(ArticleSnapshot source, String lang, String title) {
    return saved(
        editorial.translate(editor(), source.id(), lang, draft(title + " " + Fixtures.mark())));
  }

  public ArticleSnapshot publish(long articleId) {
    return done(workflow.publish(editor(), articleId, current(articleId).version(), null, true));
  }

  public ArticleSnapshot unpublish(long articleId) {
    return done(workflow.unpublish(editor(), articleId, current(articleId).version()));
  }

  /** Saves a new title, keeping the rest. */
  public ArticleSnapshot retitle(long articleId, String title) {
    ArticleSnapshot now = current(articleId);
    ArticleDraft draft =
        new ArticleDraft(
            title,
            now.slug(),
            now.standfirst(),
            now.bodyHtml(),
            now.sectionId(),
            now.tags(),
            now.mustRead(),
            now.commentsOpen());
    return saved(editorial.save(editor(), articleId, now.version(), draft));
  }

  public String changeSlug(long articleId, String wanted) {
    return slugChanges.change(articleId, wanted);
  }

  public ArticleSnapshot current(long articleId) {
    return editorial.get(editor(), articleId);
  }

  private ArticleDraft draft(String title) {
    return new ArticleDraft(
        title, "", "Chapeau", "<p>Texte.</p>", anySection(), List.of("Feed"), false, true);
  }

  @Transactional
  public long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  private static ArticleSnapshot saved(SaveOutcome outcome) {
    assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
    return ((SaveOutcome.Saved) outcome).article();
  }

  private static ArticleSnapshot done(WorkflowService.Outcome outcome) {
    assertThat(outcome).isInstanceOf(WorkflowService.Outcome.Done.class);
    return ((WorkflowService.Outcome.Done) outcome).article();
  }
}
