package io.gazette.story;

import io.gazette.i18n.Folding;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Fills the folded titles of articles written before they were kept (migration V8), at start and in
 * batches; every save keeps its own up to date ({@link Article#foldTitle()}).
 */
@ApplicationScoped
class SearchKeys {

  private static final int BATCH = 500;

  void onStart(@Observes @Priority(10) StartupEvent event) {
    while (fillSome() == BATCH) {
      // Each batch is its own transaction: a large newsroom is not held in one.
    }
  }

  @Transactional
  int fillSome() {
    List<Object[]> rows =
        Article.getEntityManager()
            .createQuery(
                "select a.id, a.title from Article a where a.searchKey is null", Object[].class)
            .setMaxResults(BATCH)
            .getResultList();
    for (Object[] row : rows) {
      // An update statement, not the entity: filling a key is no change of the article's version.
      Article.update("searchKey = ?1 where id = ?2", Folding.fold((String) row[1]), row[0]);
    }
    return rows.size();
  }
}
