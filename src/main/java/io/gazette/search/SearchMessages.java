package io.gazette.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The search page's texts; they live in {@code messages/search_<lang>.properties}. */
@MessageBundle(value = "search", locale = "en")
public interface SearchMessages {

  @Message
  String title();

  @Message
  String titleFor(String query);

  @Message
  String description(String site);

  @Message
  String queryLabel();

  @Message
  String sectionLabel();

  @Message
  String anySection();

  @Message
  String orderLabel();

  @Message
  String orderRelevance();

  @Message
  String orderNewest();

  @Message
  String submit();

  @Message
  String prompt();

  @Message
  String resultCount(long count, String query);

  @Message
  String noResults(String query);

  @Message
  String didYouMean();

  @Message
  String shortened(int max);

  @Message
  String otherLanguages();

  @Message
  String otherLanguagesHint();

  @Message
  String inLanguage(String language);

  @Message
  String unavailable();

  @Message
  String pagination();
}
