package io.gazette.story;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for an article's status, shared by the newsroom's screens; texts live in {@code
 * messages/story_<lang>.properties}, one key a status ({@code status_DRAFT}).
 */
@MessageBundle(value = "story", locale = "en")
public interface StoryMessages {

  /** The status as a word: Qute picks the key of the constant. */
  @Message
  String status(ArticleStatus status);
}
