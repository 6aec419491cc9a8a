package io.gazette.moderation;

import io.gazette.i18n.Codes;

/** The defence that held a comment back, as its stored reason begins ("blocklist: word casino"). */
public enum HeldRule {
  BLOCKLIST,
  LINKS,
  OTHER;

  /** The rule of a stored reason; OTHER for a reason this version does not know. */
  static HeldRule of(String reason) {
    String kind = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
    return Codes.kebab(HeldRule.class, kind.strip()).orElse(OTHER);
  }
}
