package io.gazette.comment;

import io.gazette.web.FormStamps;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reader comment form as the browser sent it. Only these fields are read: anything else a
 * request adds (a status, say) is ignored.
 */
public class CommentFields {

  @RestForm public String name;
  @RestForm public String email;
  @RestForm public String body;

  /** The comment answered; empty for a new thread. */
  @RestForm public String parentId;

  /** When the form was served ({@link FormStamps}). */
  @RestForm public String stamp;

  /** The honeypot: hidden from people, who leave it empty; robots fill it in. */
  @RestForm("website")
  public String trap;

  /** Whether the honeypot was filled in. */
  public boolean trapped() {
    return trap != null && !trap.isBlank();
  }

  /** The comment answered, null for none; an unreadable id stands for one that does not exist. */
  public Long parent() {
    if (parentId == null || parentId.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(parentId.strip());
    } catch (NumberFormatException notAnId) {
      return -1L;
    }
  }

  /** What the reader sent, for the comment service to check. */
  public CommentSubmission submission(long articleId) {
    return new CommentSubmission(articleId, parent(), name, email, body);
  }

  /**
   * The form sent back with what the reader typed, a fresh stamp and the messages; the answered
   * comment is kept only when it still takes replies.
   */
  public CommentForm form(String freshStamp, Map<String, String> errors, String problem) {
    boolean keepParent = parent() != null && !errors.containsKey("parentId");
    return new CommentForm(
        shown(name),
        shown(email),
        shown(body),
        keepParent ? parentId.strip() : "",
        freshStamp,
        errors,
        problem);
  }

  /** The typed text as it can be shown again: control characters no browser could send back. */
  private static String shown(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(typed.length());
    typed
        .codePoints()
        .filter(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
