package io.gazette.editorial;

import io.gazette.account.Account;
import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.author.Author;
import io.gazette.changefeed.ChangeFeed;
import io.gazette.conflict.RetryOnConflict;
import io.gazette.i18n.Languages;
import io.gazette.i18n.Slugs;
import io.gazette.media.InlineFigures;
import io.gazette.story.Article;
import io.gazette.story.ArticleRevision;
import io.gazette.story.BodySanitizer;
import io.gazette.story.Story;
import io.gazette.taxonomy.Section;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Map;

/** Writing in the newsroom: new stories, saves with conflict detection, translations. */
@ApplicationScoped
public class EditorialService {

  private final Languages languages;
  private final SlugChanges slugChanges;
  private final PageCache pages;
  private final ChangeFeed changes;
  private final InlineFigures figures;

  EditorialService(
      Languages languages,
      SlugChanges slugChanges,
      PageCache pages,
      ChangeFeed changes,
      InlineFigures figures) {
    this.figures = figures;
    this.languages = languages;
    this.slugChanges = slugChanges;
    this.pages = pages;
    this.changes = changes;
  }

  /** The article as the newsroom sees it, if the member may see it. */
  @Transactional
  public ArticleSnapshot get(SignedIn member, long articleId) {
    Article article = find(articleId);
    Permissions.requireRead(member, article);
    return ArticleSnapshot.of(article);
  }

  /**
   * Starts a story with its first version, a draft in {@code lang}, owned by the member; tried
   * again with the next free slug when a concurrent create took it (or the member's byline).
   */
  @RetryOnConflict
  @Transactional
  public SaveOutcome createStory(SignedIn member, String lang, ArticleDraft draft) {
    Permissions.requireWriter(member);
    Map<String, String> errors = DraftRules.errors(draft, lang, null);
    if (languages.find(lang).isEmpty()) {
      errors.put("lang", "errorLanguage");
    }
    if (!errors.isEmpty()) {
      return new SaveOutcome.Invalid(errors);
    }
    Story story = new Story();
    story.owner = Account.findById(member.accountId());
    story.author = Author.forAccount(story.owner);
    story.section = Section.findById(draft.sectionId());
    story.persist();
    Article article = new Article();
    article.story = story;
    article.lang = lang;
    apply(member, article, draft);
    AuditEntry.record(member.username(), "create", article.id, lang + " " + article.slug);
    return new SaveOutcome.Saved(ArticleSnapshot.of(article));
  }

  /**
   * Saves the form if it was edited from the stored version (row locked: of concurrent saves from
   * one version one wins); otherwise nothing is written. Tried again if it loses a slug's race.
   */
  @RetryOnConflict
  @Transactional
  public SaveOutcome save(SignedIn member, long articleId, int editedVersion, ArticleDraft draft) {
    Article article = Article.findLocked(articleId).orElseThrow(NotFoundException::new);
    Permissions.requireEdit(member, article);
    if (article.version != editedVersion) {
      return new SaveOutcome.Conflict(ArticleSnapshot.of(article));
    }
    Map<String, String> errors = DraftRules.errors(draft, article.lang, article.id);
    if (!errors.isEmpty()) {
      return new SaveOutcome.Invalid(errors);
    }
    apply(member, article, draft);
    AuditEntry.record(member.username(), "save", article.id, "revision " + article.revision);
    // Section, tags and must-read belong to the story: a draft's save changes its live siblings.
    if (article.isPublished() || !Article.listPublishedVersions(article.story).isEmpty()) {
      pages.invalidateAll();
    }
    return new SaveOutcome.Saved(ArticleSnapshot.of(article));
  }

  /** Starts the {@code lang} version of the source's story, linked to the source's revision. */
  @RetryOnConflict
  @Transactional
  public SaveOutcome translate(SignedIn member, long sourceId, String lang, ArticleDraft draft) {
    Article source = find(sourceId);
    Permissions.requireRead(member, source);
    Permissions.requireWriter(member);
    Map<String, String> errors = DraftRules.errors(draft, lang, null);
    if (languages.find(lang).isEmpty()
        || Article.count("story = ?1 and lang = ?2", source.story, lang) > 0) {
      errors.put("lang", "errorTranslationExists");
    }
    if (!errors.isEmpty()) {
      return new SaveOutcome.Invalid(errors);
    }
    Article translation = new Article();
    translation.story = source.story;
    translation.lang = lang;
    translation.source = source.source == null ? source : source.source;
    translation.sourceRevision = currentText(translation.source);
    apply(member, translation, draft);
    AuditEntry.record(member.username(), "translate", translation.id, "from " + source.lang);
    return new SaveOutcome.Saved(ArticleSnapshot.of(translation));
  }

  /** Records that the translation now matches its source's published text. */
  @Transactional
  public void markUpToDate(SignedIn member, long articleId) {
    Article article = find(articleId);
    Permissions.requireEdit(member, article);
    if (article.source != null) {
      article.sourceRevision = currentText(article.source);
      AuditEntry.record(
          member.username(), "up-to-date", article.id, "source " + article.sourceRevision);
    }
  }

  public static Article find(long articleId) {
    Article article = Article.findById(articleId);
    if (article == null) {
      throw new NotFoundException();
    }
    return article;
  }

  private void apply(SignedIn member, Article article, ArticleDraft draft) {
    article.title = DraftRules.trimmed(draft.title());
    article.standfirst = DraftRules.trimmed(draft.standfirst());
    article.bodyHtml = figures.normalize(BodySanitizer.sanitize(draft.bodyHtml()), article.lang);
    article.updatedAt = Instant.now();
    Story story = article.story;
    story.section = Section.findById(draft.sectionId());
    story.mustRead = draft.mustRead();
    story.commentsOpen = draft.commentsOpen();
    StoryTags.replace(story, article.lang, draft.tags());
    String wanted = DraftRules.trimmed(draft.slug());
    if (article.id == null) {
      article.slug =
          Slugs.unique(
              wanted.isEmpty() ? article.title : wanted, s -> Article.slugTaken(article.lang, s));
      article.persist();
    } else if (!wanted.isEmpty() && !wanted.equals(article.slug)) {
      slugChanges.change(article.id, wanted);
    }
    article.revision++;
    if (article.isPublished()) {
      // Saving a published article changes what readers see at once.
      article.publishedRevision = article.revision;
    }
    ArticleRevision.of(article, member.username()).persist();
    // The version the next form will carry is assigned at flush.
    Article.flush();
    // The story's section and tags belong to every version: each may have changed for readers.
    changes.record(article);
  }

  /** The revision a translator works from: the published text, or the latest when unpublished. */
  private static int currentText(Article source) {
    return source.publishedRevision != null ? source.publishedRevision : source.revision;
  }
}
