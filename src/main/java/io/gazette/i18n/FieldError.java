package io.gazette.i18n;

import java.util.Optional;

/**
 * Why a newsroom form other than the article's (translation, section, tag) refused a value, as the
 * services name it ("errorSlugTaken" is SLUG_TAKEN).
 */
public enum FieldError {
  TITLE,
  STANDFIRST,
  BODY_LENGTH,
  SECTION,
  SLUG_FORMAT,
  SLUG_TAKEN,
  LANGUAGE,
  TRANSLATION_EXISTS,
  NAME,
  NO_NAME,
  NAME_INVISIBLE,
  POSITION;

  /** The error a service's key names, if this version knows it. */
  static Optional<FieldError> of(String key) {
    return Codes.camel(FieldError.class, "error", key);
  }
}
