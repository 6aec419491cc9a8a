package io.gazette.taxonomy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the newsroom's section and tag pages that differ between the two, one key per
 * taxonomy ({@code title_SECTION}, {@code title_TAG}); texts live in {@code
 * messages/labels_<lang>.properties}, the texts both pages share in the newsroom bundle.
 */
@MessageBundle(value = "labels", locale = "en")
public interface LabelMessages {

  @Message
  String title(Taxonomy taxonomy);

  @Message
  String none(Taxonomy taxonomy);

  @Message
  String newOne(Taxonomy taxonomy);

  @Message
  String hint(Taxonomy taxonomy);

  @Message
  String create(Taxonomy taxonomy);
}
