package io.gazette.translation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The story overview's texts that take one of this folder's enums, which the shared newsroom bundle
 * below cannot name; texts live in {@code messages/storyPage_<lang>.properties}.
 */
@MessageBundle(value = "storyPage", locale = "en")
public interface StoryPageMessages {

  /** The confirmation after a redirect: Qute picks the key of the constant. */
  @Message
  String notice(StoryNotice notice);
}
