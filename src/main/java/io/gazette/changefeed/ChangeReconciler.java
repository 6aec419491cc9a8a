package io.gazette.changefeed;

import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Brings the change feed in line with the articles at every start, after the demo content is
 * loaded: published articles missing from it or changed behind its back (the demo content, a
 * database restored or edited by hand) get an upsert, and entries of articles that are no longer
 * published or no longer exist get a tombstone. Silent: nothing is announced.
 */
@ApplicationScoped
public class ChangeReconciler {

  private static final Logger LOG = Logger.getLogger(ChangeReconciler.class);

  private final ChangeWriter feed;

  ChangeReconciler(ChangeWriter feed) {
    this.feed = feed;
  }

  @Transactional
  void onStart(@Observes @Priority(40) StartupEvent event) {
    int written = reconcile();
    if (written > 0) {
      LOG.infof("Change feed: %d entries brought up to date", written);
    }
  }

  /** Writes the entries that differ from the articles; returns how many. */
  @Transactional
  public int reconcile() {
    List<Article> differing = new ArrayList<>();
    differing.addAll(
        Article.list(
            "select a from Article a where a.status = ?1 and not exists (select c.articleId from"
                + " ArticleChange c where c.articleId = a.id and c.deleted = false"
                + " and c.articleVersion = a.version)",
            ArticleStatus.PUBLISHED));
    differing.addAll(
        Article.list(
            "select a from Article a where a.status <> ?1 and exists (select c.articleId from"
                + " ArticleChange c where c.articleId = a.id and c.deleted = false)",
            ArticleStatus.PUBLISHED));
    feed.write(differing, false);
    List<ArticleChange> gone =
        ArticleChange.list(
            "select c from ArticleChange c where c.deleted = false and not exists"
                + " (select a.id from Article a where a.id = c.articleId)");
    gone.forEach(feed::writeGone);
    return differing.size() + gone.size();
  }
}
