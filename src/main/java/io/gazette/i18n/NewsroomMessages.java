package io.gazette.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every newsroom screen shares (form errors, filters, pages, actions), defined once, and
 * the interface strings of the story, translation, revision, section, tag, audit and webhook pages;
 * texts live in {@code messages/newsroom_<lang>.properties}.
 */
@MessageBundle(value = "newsroom", locale = "en")
public interface NewsroomMessages {

  @Message
  String formHasErrors();

  @Message
  String clearFilters();

  @Message
  String backToStory();

  @Message
  String storyTitle(String title);

  @Message
  String storyIntro();

  @Message
  String leadImageAltMissing();

  @Message
  String language();

  @Message
  String state();

  @Message
  String actions();

  @Message
  String original();

  @Message
  String stateMissing();

  @Message
  String outdatedWithStatus(String status);

  @Message
  String edit();

  @Message
  String revisions();

  @Message
  String translateInto(String language);

  @Message
  String seeWhatChanged();

  @Message
  String translateTitle(String title, String language);

  @Message
  String sourceHeading(String language);

  @Message
  String translationHeading(String language);

  @Message
  String title();

  @Message
  String slug();

  @Message
  String slugHint();

  @Message
  String standfirst();

  @Message
  String body();

  @Message
  String bodyHint();

  @Message
  String storySettingsHint();

  @Message
  String createTranslation();

  @Message
  String error(FieldError error);

  @Message
  String sourceChangesTitle(String title);

  @Message
  String sourceChangesIntro();

  @Message
  String sourceThen();

  @Message
  String sourceNow();

  @Message
  String upToDateAlready();

  @Message
  String markUpToDateHint();

  @Message
  String markUpToDate();

  @Message
  String revisionsTitle(String title);

  @Message
  String number();

  @Message
  String savedBy();

  @Message
  String savedAt();

  @Message
  String current();

  @Message
  String compare();

  @Message
  String compareFrom();

  @Message
  String compareTo();

  @Message
  String restore();

  @Message
  String restoreConflict();

  @Message
  String noticeRestored(int number);

  @Message
  String diffTitle(int from, int to);

  @Message
  String revisionNumber(int number);

  @Message
  String noChanges();

  @Message
  String backToRevisions();

  @Message
  String nameIn(String language);

  @Message
  String slugIn(String language);

  @Message
  String position();

  @Message
  String save();

  @Message
  String noticeSectionCreated(String name);

  @Message
  String noticeSectionSaved(String name);

  @Message
  String filterLabel();

  @Message
  String filter();

  @Message
  String noticeTagCreated(String name);

  @Message
  String noticeTagSaved(String name);

  @Message
  String pagination();

  @Message
  String previousPage();

  @Message
  String nextPage();

  @Message
  String pageOf(int page, int pages);

  @Message
  String auditTitle();

  @Message
  String time();

  @Message
  String actor();

  @Message
  String action();

  @Message
  String article();

  @Message
  String detail();

  @Message
  String articleNumber(long id);

  @Message
  String noAudit();

  @Message
  String breakingTitle();

  @Message
  String breakingActive(String until);

  @Message
  String breakingInactive();

  @Message
  String breakingUntilLabel(String zone);

  @Message
  String breakingHint();

  @Message
  String breakingMark();

  @Message
  String breakingClear();

  @Message
  String webhooksTitle();

  @Message
  String webhooksIntro();

  @Message
  String webhookUrl();

  @Message
  String webhookSecret();

  @Message
  String webhookSecretHint();

  @Message
  String webhookEvents();

  @Message
  String webhookEventBreaking();

  @Message
  String webhookEventPublish();

  @Message
  String webhookAdd();

  @Message
  String webhookRemove();

  @Message
  String webhookDeliveries(long pending, long delivered, long failed);

  @Message
  String noWebhooks();

  @Message
  String noticeWebhookAdded();

  @Message
  String noticeWebhookRemoved();

  @Message
  String errorWebhook();

  @Message
  String errorWebhookPrivateAddress();
}
