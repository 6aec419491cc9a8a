package io.gazette.moderation;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import io.quarkus.panache.common.Parameters;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The moderation queue's queries: one tab's page and every tab's count, under one filter. */
final class ModerationQueries {

  private ModerationQueries() {}

  static List<Comment> page(QueueFilter filter, int page, int size) {
    Parameters params = new Parameters().and("status", filter.status());
    String where = where(filter, params, "c.status = :status");
    return Comment.find(
            "select c from Comment c join fetch c.article a left join fetch c.parent where "
                + where
                + " order by c.createdAt desc, c.id desc",
            params)
        .page(page - 1, size)
        .list();
  }

  static long count(QueueFilter filter) {
    Parameters params = new Parameters().and("status", filter.status());
    return Comment.count(
        "from Comment c join c.article a where " + where(filter, params, "c.status = :status"),
        params);
  }

  static Map<CommentStatus, Long> counts(QueueFilter filter) {
    Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
    for (CommentStatus status : CommentStatus.values()) {
      counts.put(status, 0L);
    }
    Parameters params = new Parameters();
    var query =
        Comment.getEntityManager()
            .createQuery(
                "select c.status, count(c) from Comment c join c.article a where "
                    + where(filter, params, "1 = 1")
                    + " group by c.status",
                Object[].class);
    params.map().forEach(query::setParameter);
    for (Object[] row : query.getResultList()) {
      counts.put((CommentStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  private static String where(QueueFilter filter, Parameters params, String first) {
    StringBuilder where = new StringBuilder(first);
    if (filter.lang() != null) {
      where.append(" and a.lang = :lang");
      params.and("lang", filter.lang());
    }
    if (filter.articleId() != null) {
      where.append(" and a.id = :articleId");
      params.and("articleId", filter.articleId());
    }
    if (filter.query() != null && !filter.query().isBlank()) {
      where.append(
          " and (lower(c.body) like :q escape '!' or lower(c.authorName) like :q escape '!'"
              + " or lower(c.email) like :q escape '!')");
      params.and("q", "%" + literal(filter.query().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    return where.toString();
  }

  /** The typed text with LIKE's wildcards taken literally. */
  private static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
