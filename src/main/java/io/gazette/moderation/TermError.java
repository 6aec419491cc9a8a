package io.gazette.moderation;

import io.gazette.i18n.Codes;

/** Why the blocklist form refused a term, as the blocklist names it ("taken"). */
public enum TermError {
  KIND,
  REQUIRED,
  TAKEN,
  TOO_LONG;

  /** The error of a code; TOO_LONG, the blocklist's remaining refusal, for any other. */
  static TermError of(String code) {
    return Codes.kebab(TermError.class, code).orElse(TOO_LONG);
  }
}
