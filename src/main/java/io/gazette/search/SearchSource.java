package io.gazette.search;

import io.gazette.changefeed.ArticleChange;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;

/** What the index is fed from, read in short transactions: the change feed and the articles. */
@ApplicationScoped
class SearchSource {

  /**
   * A batch for the index.
   *
   * @param upserts documents of articles published now
   * @param deletes ids of articles no longer published (or gone)
   * @param seq the feed's number the batch reaches
   */
  record Batch(List<Document> upserts, List<String> deletes, long seq) {
    boolean isEmpty() {
      return upserts.isEmpty() && deletes.isEmpty();
    }
  }

  /** The changes after {@code seq}, at most {@code limit}, as documents to write or remove. */
  @Transactional
  Batch changesAfter(long seq, int limit) {
    List<ArticleChange> changes = ArticleChange.after(seq, null, limit);
    if (changes.isEmpty()) {
      return new Batch(List.of(), List.of(), seq);
    }
    List<Long> live = changes.stream().filter(c -> !c.deleted).map(c -> c.articleId).toList();
    List<Document> upserts = documents(published(live));
    Set<String> written =
        upserts.stream().map(doc -> doc.get(SearchFields.ID)).collect(Collectors.toSet());
    List<String> deletes = new ArrayList<>();
    for (ArticleChange change : changes) {
      String id = Long.toString(change.articleId);
      if (!written.contains(id)) {
        deletes.add(id);
      }
    }
    return new Batch(upserts, deletes, changes.get(changes.size() - 1).seq);
  }

  /** Documents of the published articles whose id is above {@code afterId}, in id order. */
  @Transactional
  List<Document> publishedAfter(long afterId, int limit) {
    List<Article> articles =
        Article.find(
                "from Article a join fetch a.story s join fetch s.section"
                    + " where a.status = ?1 and a.id > ?2 order by a.id",
                ArticleStatus.PUBLISHED,
                afterId)
            .page(0, limit)
            .list();
    return documents(articles);
  }

  /** The feed's latest number. */
  @Transactional
  long lastSeq() {
    return ArticleChange.lastSeq();
  }

  /** How many articles are published. */
  @Transactional
  long publishedCount() {
    return Article.count("status", ArticleStatus.PUBLISHED);
  }

  private static List<Article> published(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return Article.list(
        "from Article a join fetch a.story s join fetch s.section"
            + " where a.id in ?1 and a.status = ?2",
        ids,
        ArticleStatus.PUBLISHED);
  }

  private static List<Document> documents(List<Article> articles) {
    return articles.stream().map(SearchDocuments::of).toList();
  }
}
