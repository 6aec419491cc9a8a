package io.gazette.newsroom;

import io.gazette.i18n.Codes;

/**
 * Why the article form refused a value, as the editorial services name it ("errorBodyLength" is
 * BODY_LENGTH); INVALID stands for a key this screen does not know.
 */
public enum ArticleFieldError {
  TITLE,
  STANDFIRST,
  BODY_LENGTH,
  SECTION,
  SLUG_FORMAT,
  SLUG_TAKEN,
  LANGUAGE,
  TRANSLATION_EXISTS,
  SCHEDULE_TIME,
  INVALID;

  /** The error a service's key names. */
  static ArticleFieldError of(String key) {
    return Codes.camel(ArticleFieldError.class, "error", key).orElse(INVALID);
  }
}
