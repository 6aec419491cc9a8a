package io.gazette.library;

import io.gazette.media.MediaRefusal;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The media library's interface strings, in this folder because some take its enums; texts live in
 * {@code messages/media_<lang>.properties}.
 */
@MessageBundle(value = "media", locale = "en")
public interface MediaMessages {

  @Message
  String menu();

  @Message
  String title();

  @Message
  String intro();

  @Message
  String uploadLegend();

  @Message
  String uploadHint(long maxMb);

  @Message
  String chooseFiles();

  @Message
  String dropHere();

  @Message
  String uploadButton();

  @Message
  String uploading(String name);

  @Message
  String processing(String name);

  @Message
  String uploaded(String name);

  @Message
  String uploadFailed(String name, String reason);

  /** Why a file was refused; Qute picks the branch of the reason. */
  @Message
  String refusal(MediaRefusal.Reason reason, long maxMb, long maxMegapixels);

  @Message
  String refusedFiles();

  @Message
  String searchLabel();

  @Message
  String searchHint();

  @Message
  String filterMissing();

  @Message
  String anyLanguage();

  @Message
  String filterUnused();

  @Message
  String noResults();

  @Message
  String emptyLibrary();

  @Message
  String altMissingIn(String language);

  @Message
  String altEverywhere();

  @Message
  String editLink(String name);

  @Message
  String facts(int width, int height, String kind, String size);

  @Message
  String uploadedOn(String date);

  @Message
  String textsLegend();

  @Message
  String altLabel();

  @Message
  String captionLabel();

  @Message
  String creditLabel();

  @Message
  String saveTexts();

  @Message
  String usedBy();

  @Message
  String usedNowhere();

  @Message
  String usedAsLead();

  @Message
  String usedInline();

  @Message
  String replaceLegend();

  @Message
  String replaceHint();

  @Message
  String replaceButton();

  @Message
  String deleteLegend();

  @Message
  String deleteButton();

  @Message
  String deleteRefused();

  @Message
  String noticeUploaded(int count);

  @Message
  String noticeSaved();

  @Message
  String noticeReplaced();

  @Message
  String noticeDeleted();

  @Message
  String stale();

  @Message
  String altTooLong(int max);

  @Message
  String captionTooLong(int max);

  @Message
  String creditTooLong(int max);

  @Message
  String pickFor(String title);

  @Message
  String useAsLead();

  @Message
  String backToArticle();

  @Message
  String leadImage();

  @Message
  String noLeadImage();

  @Message
  String chooseLead();

  @Message
  String uploadLead();

  @Message
  String removeLead();

  @Message
  String leadAltMissing(String language);

  @Message
  String editPicture();

  @Message
  String preview();

  @Message
  String backToLibrary();

  @Message
  String insertHeading();

  @Message
  String insertHint();

  @Message
  String insertPicture(String alt);
}
