package io.gazette.api;

import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stories an API test made, deleted after it: the test database is shared, and stories
 * published "now" by the newsroom would otherwise top the home page other tests read, or count as
 * demo content.
 */
@ApplicationScoped
public class CreatedStories {

  private final Set<Long> ids = ConcurrentHashMap.newKeySet();
  private final PageCache pages;

  CreatedStories(PageCache pages) {
    this.pages = pages;
  }

  public void track(long storyId) {
    ids.add(storyId);
  }

  /** Deletes every tracked story with its articles, revisions and slug redirects. */
  @Transactional
  public void deleteAll() {
    List<Long> stories = new ArrayList<>(ids);
    ids.clear();
    if (stories.isEmpty()) {
      return;
    }
    var entities = Story.getEntityManager();
    String articles = "(select a.id from Article a where a.story.id in :stories)";
    for (String statement :
        List.of(
            "delete from ArticleRevision r where r.article.id in " + articles,
            "delete from SlugRedirect r where r.article.id in " + articles,
            "delete from Comment c where c.article.id in " + articles,
            "update Article a set a.source = null where a.story.id in :stories",
            "delete from Article a where a.story.id in :stories")) {
      entities.createQuery(statement).setParameter("stories", stories).executeUpdate();
    }
    for (Long id : stories) {
      Story story = Story.findById(id);
      story.tags.clear();
      story.delete();
    }
    pages.invalidateAll();
  }
}
