package io.gazette.comment;

import io.gazette.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Keeps the blocklist and says which of its terms a comment matches. */
@ApplicationScoped
public class Blocklist {

  /** A term as listed. */
  public record Term(long id, BlockedTerm.Kind kind, String term, String createdBy) {}

  /** Every term, by kind then alphabetically. */
  @Transactional
  public List<Term> terms() {
    return BlockedTerm.listInOrder().stream()
        .map(t -> new Term(t.id, t.kind, t.term, t.createdBy))
        .toList();
  }

  /**
   * Adds a term; the error code when it is empty, too long or already listed.
   *
   * @return the error code ({@code required}, {@code too-long}, {@code taken}), or empty when added
   */
  @Transactional
  public Optional<String> add(BlockedTerm.Kind kind, String typed, String member) {
    String term = CommentText.normalize(typed).toLowerCase(Locale.ROOT);
    if (term.isEmpty() || kind == null) {
      return Optional.of("required");
    }
    if (term.length() > 254 || CommentText.hasForbiddenCharacters(term, false)) {
      return Optional.of("too-long");
    }
    if (BlockedTerm.exists(kind, term)) {
      return Optional.of("taken");
    }
    BlockedTerm blocked = new BlockedTerm();
    blocked.kind = kind;
    blocked.term = term;
    blocked.createdBy = member;
    blocked.persist();
    AuditEntry.record(member, "block", null, kind + " " + term);
    return Optional.empty();
  }

  /** Removes a term; false when there was none with that id. */
  @Transactional
  public boolean remove(long id, String member) {
    BlockedTerm blocked = BlockedTerm.findById(id);
    if (blocked == null) {
      return false;
    }
    AuditEntry.record(member, "unblock", null, blocked.kind + " " + blocked.term);
    blocked.delete();
    return true;
  }

  /** The first term the comment matches, described as "kind term"; empty when none. */
  public Optional<String> match(String name, String email, String body, String address) {
    String text = (name + "\n" + body).toLowerCase(Locale.ROOT);
    String mail = email.toLowerCase(Locale.ROOT);
    for (BlockedTerm blocked : BlockedTerm.<BlockedTerm>listAll()) {
      if (matches(blocked, text, mail, address == null ? "" : address)) {
        return Optional.of(blocked.kind.name().toLowerCase(Locale.ROOT) + " " + blocked.term);
      }
    }
    return Optional.empty();
  }

  static boolean matches(BlockedTerm blocked, String text, String email, String address) {
    String term = blocked.term;
    return switch (blocked.kind) {
      case WORD ->
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])")
              .matcher(text)
              .find();
      case EMAIL -> term.startsWith("@") ? email.endsWith(term) : email.equals(term);
      case ADDRESS ->
          term.endsWith("*")
              ? address.startsWith(term.substring(0, term.length() - 1))
              : address.equals(term);
    };
  }
}
