package io.gazette.newsroom;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface strings of the newsroom's article screens, besides the words every newsroom screen
 * shares ({@code NewsroomMessages}) and the statuses ({@code StoryMessages}); texts live in {@code
 * messages/articleAdmin_<lang>.properties}.
 */
@MessageBundle(value = "articleAdmin", locale = "en")
public interface ArticleAdminMessages {

  @Message
  String articlesTitle();

  @Message
  String newStory();

  @Message
  String filtersLabel();

  @Message
  String filterStatus();

  @Message
  String filterSection();

  @Message
  String filterAuthor();

  @Message
  String filterText();

  @Message
  String anyLanguage();

  @Message
  String anyStatus();

  @Message
  String anySection();

  @Message
  String anyAuthor();

  @Message
  String columnTitle();

  @Message
  String columnLanguage();

  @Message
  String columnStatus();

  @Message
  String columnUpdated();

  @Message
  String columnSection();

  @Message
  String columnSelect();

  @Message
  String selectArticle(String title);

  @Message
  String noArticles();

  @Message
  String articlesFound(long count);

  @Message
  String bulkActions();

  @Message
  String bulkPublish();

  @Message
  String bulkUnpublish();

  @Message
  String bulkDone(int count);

  @Message
  String bulkBlocked();

  @Message
  String bulkSkipped(int count);

  @Message
  String bulkNothingSelected();

  @Message
  String newStoryTitle();

  @Message
  String editTitle(String title);

  @Message
  String fieldLanguage();

  @Message
  String fieldTitle();

  @Message
  String fieldSlug();

  @Message
  String slugHint();

  @Message
  String fieldStandfirst();

  @Message
  String fieldBody();

  @Message
  String fieldSection();

  @Message
  String chooseSection();

  @Message
  String fieldTags();

  @Message
  String tagsHint();

  @Message
  String fieldMustRead();

  @Message
  String fieldCommentsOpen();

  @Message
  String createStory();

  @Message
  String saveArticle();

  @Message
  String readOnly();

  @Message
  String error(ArticleFieldError error);

  @Message
  String conflictSave();

  @Message
  String yourText();

  @Message
  String theirText(int revision);

  @Message
  String conflictAction();

  @Message
  String wrongState(String status);

  @Message
  String blockedPublish();

  @Message
  String notice(ArticleNotice notice);

  @Message
  String statusLabel();

  @Message
  String revisionLabel();

  @Message
  String updatedLabel();

  @Message
  String scheduledLabel();

  @Message
  String publishedLabel();

  @Message
  String authorLabel();

  @Message
  String workflowHeading();

  @Message
  String submitForReview();

  @Message
  String publishNow();

  @Message
  String scheduleAt(String zone);

  @Message
  String schedule();

  @Message
  String unpublish();

  @Message
  String sendBack();

  @Message
  String overrideChecks();

  @Message
  String checksHeading();

  @Message
  String noChecks();

  @Message
  String checkBlocks();

  @Message
  String checkWarns();

  @Message
  String checkRepeatedParagraph(String text);

  @Message
  String checkEmptyStandfirst();

  @Message
  String checkLongHeadline(int max);

  @Message
  String checkInsecureLink(String link);

  @Message
  String checkMustReadMissingLanguage(String language);

  @Message
  String checkLeadImageWithoutAlt(String language);

  @Message
  String checkInlineImageWithoutAlt(String image);

  @Message
  String articleLinks();

  @Message
  String storyOverview();

  @Message
  String preview();

  @Message
  String readerPage();

  @Message
  String backToList();

  @Message
  String trixBold();

  @Message
  String trixItalic();

  @Message
  String trixStrike();

  @Message
  String trixLink();

  @Message
  String trixUnlink();

  @Message
  String trixUrl();

  @Message
  String trixUrlPlaceholder();

  @Message
  String trixHeading();

  @Message
  String trixQuote();

  @Message
  String trixCode();

  @Message
  String trixBullets();

  @Message
  String trixNumbers();

  @Message
  String trixOutdent();

  @Message
  String trixIndent();

  @Message
  String trixUndo();

  @Message
  String trixRedo();
}
