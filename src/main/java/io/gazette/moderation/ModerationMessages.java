package io.gazette.moderation;

import io.gazette.comment.BlockedTerm;
import io.gazette.comment.CommentStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface strings of the moderation queue, its forms and the blocklist, besides the words
 * every newsroom screen shares ({@code NewsroomMessages}); texts live in {@code
 * messages/moderation_<lang>.properties}.
 */
@MessageBundle(value = "moderation", locale = "en")
public interface ModerationMessages {

  @Message
  String queueTitle();

  @Message
  String blocklistTitle();

  @Message
  String tabsLabel();

  @Message
  String tab(CommentStatus status);

  @Message
  String filtersLabel();

  @Message
  String filterText();

  @Message
  String anyLanguage();

  @Message
  String filterArticle();

  @Message
  String onlyArticle(String title);

  @Message
  String allArticles();

  @Message
  String foundOne(long count);

  @Message
  String foundOther(long count);

  @Message
  String noComments();

  @Message
  String selectAll();

  @Message
  String selectComment(String name);

  @Message
  String columnAuthor();

  @Message
  String columnComment();

  @Message
  String columnActions();

  @Message
  String staff();

  @Message
  String fromAddress(String address);

  @Message
  String onlyThisArticle();

  @Message
  String inReplyTo();

  @Message
  String heldBecause(String label);

  @Message
  String held(HeldRule rule);

  @Message
  String moderatedBy(String name, String time);

  @Message
  String bulkLabel();

  @Message
  String approve();

  @Message
  String spam();

  @Message
  String trash();

  @Message
  String delete();

  @Message
  String reply();

  @Message
  String pagination();

  @Message
  String approvedOne(long count);

  @Message
  String approvedOther(long count);

  @Message
  String spamOne(long count);

  @Message
  String spamOther(long count);

  @Message
  String trashedOne(long count);

  @Message
  String trashedOther(long count);

  @Message
  String deletedOne(long count);

  @Message
  String deletedOther(long count);

  @Message
  String nothingSelected();

  @Message
  String edited();

  @Message
  String replied();

  @Message
  String refusedTitle();

  @Message
  String badStatus();

  @Message
  String badLanguage();

  @Message
  String badArticle();

  @Message
  String badPage();

  @Message
  String badQuery(int max);

  @Message
  String badAction();

  @Message
  String notFoundTitle();

  @Message
  String notFoundText();

  @Message
  String termNotFound();

  @Message
  String backToQueue();

  @Message
  String editTitle();

  @Message
  String replyTitle();

  @Message
  String articleLabel();

  @Message
  String sentLabel();

  @Message
  String statusLabel();

  @Message
  String bodyLabel();

  @Message
  String saveText();

  @Message
  String replyLabel();

  @Message
  String replyHint();

  @Message
  String publishReply();

  @Message
  String errorBodyRequired();

  @Message
  String errorBodyTooLong(int max);

  @Message
  String errorBodyForbidden();

  @Message
  String blocklistIntro();

  @Message
  String addTermTitle();

  @Message
  String kindLabel();

  @Message
  String termLabel();

  @Message
  String addTerm();

  @Message
  String kind(BlockedTerm.Kind kind);

  @Message
  String kindHint(BlockedTerm.Kind kind);

  @Message
  String noTerms();

  @Message
  String addedBy(String name);

  @Message
  String remove();

  @Message
  String removeTerm(String term);

  @Message
  String termAdded();

  @Message
  String termRemoved();

  @Message
  String termError(TermError error);

  @Message
  String pendingTile(long count);

  @Message
  String openQueue();
}
