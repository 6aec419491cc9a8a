package io.gazette.editorial;

import java.util.Map;

/** How a save ended: saved, refused as stale (someone saved in between), or invalid. */
public sealed interface SaveOutcome {

  /** The article was saved; {@code article} is its new state. */
  record Saved(ArticleSnapshot article) implements SaveOutcome {}

  /** The form was edited from an older version; {@code current} is what is stored now. */
  record Conflict(ArticleSnapshot current) implements SaveOutcome {}

  /** Some fields are not acceptable; {@code errors} maps each field to a message key. */
  record Invalid(Map<String, String> errors) implements SaveOutcome {}
}
