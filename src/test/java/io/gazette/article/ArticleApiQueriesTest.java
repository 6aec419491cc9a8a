package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Statements;
import io.gazette.web.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiQueriesTest {

  @Inject SessionFactory sessions;
  @Inject PageCache pages;
  @Inject ApiStories stories;

  /** Statements one uncached GET runs, from cold second-level caches. */
  private long statements(String path) {
    return Statements.fewest(() -> measure(path));
  }

  private long measure(String path) {
    ok(path);
    pages.invalidateAll();
    sessions.getCache().evictAllRegions();
    var statistics = sessions.getStatistics();
    statistics.clear();
    ok(path);
    return statistics.getPrepareStatementCount() - scheduler(statistics);
  }

  /** Statements the scheduled publisher ran meanwhile (it looks for due articles every 20 s). */
  private static long scheduler(Statistics statistics) {
    return Arrays.stream(statistics.getQueries())
        .filter(query -> query.contains("scheduledAt"))
        .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount())
        .sum();
  }

  /**
   * What the pictures of a page add, whatever their number: the assets with their texts, then the
   * renditions (none when no card of the page has a picture, as the demo's newest have not).
   */
  static final long PICTURES = 2;

  @Test
  void shouldReadAListInThreeStatementsWhateverItsSize() {
    long five = statements("/api/v1/articles?lang=fr&size=5");
    long hundred = statements("/api/v1/articles?lang=fr&size=100");

    assertThat(five).isBetween(1L, 3L);
    assertThat(hundred).isBetween(five, five + PICTURES);
  }

  @Test
  void shouldReadAFilteredListWithOneMoreStatementPerFilter() {
    String mark = Fixtures.mark();
    stories.story(mark, published("fr", "Requêtes"));
    String section = ApiStories.sectionSlug(mark, "fr");

    assertThat(statements("/api/v1/articles?lang=fr&section=" + section)).isLessThanOrEqualTo(5);
  }

  @Test
  void shouldReadAnArticleAndTheHomeInFewStatements() {
    long seed =
        ok("/api/v1/articles/by-slug/fr/" + ArticlePagesTest.SEED_FR.substring(4))
            .jsonPath()
            .getLong("id");

    assertThat(statements("/api/v1/articles/" + seed)).isLessThanOrEqualTo(12);
    assertThat(statements("/api/v1/home?lang=fr")).isLessThanOrEqualTo(3 + PICTURES);
  }

  @Test
  void shouldServeARepeatedReadWithoutTheDatabase() {
    long repeated =
        Statements.fewest(
            () -> {
              ok("/api/v1/articles?lang=en&size=7");
              var statistics = sessions.getStatistics();
              statistics.clear();
              ok("/api/v1/articles?lang=en&size=7");
              ok("/api/v1/articles?size=7&lang=en");
              return statistics.getPrepareStatementCount() - scheduler(statistics);
            });

    assertThat(repeated).isZero();
  }
}
