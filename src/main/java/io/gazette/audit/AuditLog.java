package io.gazette.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the audit log for administrators, newest first. */
@ApplicationScoped
public class AuditLog {

  /** One recorded change, detached. */
  public record Entry(Instant at, String actor, String action, Long articleId, String detail) {}

  /** One page of the log ({@code page} from 1). */
  public record EntryPage(List<Entry> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Transactional
  public EntryPage newest(int page, int size) {
    List<Entry> items =
        AuditEntry.newest(page - 1, size).stream()
            .map(e -> new Entry(e.at, e.actor, e.action, e.articleId, e.detail))
            .toList();
    return new EntryPage(items, page, size, AuditEntry.count());
  }
}
