package io.gazette.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One state change in the newsroom: who did what to which article, and when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

  @Column(nullable = false)
  public Instant at;

  @Column(nullable = false, length = 64)
  public String actor;

  @Column(nullable = false, length = 32)
  public String action;

  @Column(name = "article_id")
  public Long articleId;

  @Column(length = 500)
  public String detail;

  /** Records a change now, in the caller's transaction. */
  public static void record(String actor, String action, Long articleId, String detail) {
    var entry = new AuditEntry();
    entry.at = Instant.now();
    entry.actor = actor;
    entry.action = action;
    entry.articleId = articleId;
    entry.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    entry.persist();
  }

  public static List<AuditEntry> newest(int page, int size) {
    return find("order by at desc, id desc").page(Page.of(page, size)).list();
  }

  public static List<AuditEntry> forArticle(long articleId) {
    return list("articleId = ?1 order by at desc, id desc", articleId);
  }
}
