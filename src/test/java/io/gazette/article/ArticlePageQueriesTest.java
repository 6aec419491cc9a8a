package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Statements;
import io.gazette.media.MediaFixtures;
import io.gazette.web.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticlePageQueriesTest {

  static final int MAX_STATEMENTS = 10;

  @Inject SessionFactory sessions;
  @Inject PageCache pages;
  @Inject Fixtures fixtures;
  @Inject MediaFixtures media;

  @Test
  void shouldBuildArticlePageWithAtMostTenStatementsFromColdCaches() {
    long cold =
        Statements.fewest(
            () -> {
              given().when().get(ArticlePagesTest.SEED_FR).then().statusCode(200);
              pages.invalidateAll();
              sessions.getCache().evictAllRegions();
              var statistics = sessions.getStatistics();
              statistics.clear();
              given().when().get(ArticlePagesTest.SEED_FR).then().statusCode(200);
              return statistics.getPrepareStatementCount();
            });

    assertThat(cold).isBetween(1L, (long) MAX_STATEMENTS);
  }

  @Test
  void shouldBuildAnArticlePageWithPicturesWithinTheSameBudget() {
    String mark = Fixtures.mark();
    String tag = "Budget " + mark;
    var reading =
        fixtures.story("World", List.of(tag), published("fr", "Lu"), published("en", "Read"));
    media.lead(reading.storyId(), media.asset(1300, 700, MediaFixtures.bilingual(mark)));
    for (int i = 0; i < 3; i++) {
      var other =
          fixtures.story("World", List.of(tag), published("fr", "Voisin"), published("en", "Near"));
      media.lead(other.storyId(), media.asset(700, 400, MediaFixtures.bilingual(mark + i)));
    }
    long cold =
        Statements.fewest(
            () -> {
              pages.invalidateAll();
              sessions.getCache().evictAllRegions();
              var statistics = sessions.getStatistics();
              statistics.clear();
              given().when().get(reading.path("fr")).then().statusCode(200);
              return statistics.getPrepareStatementCount();
            });

    assertThat(cold).isBetween(1L, (long) MAX_STATEMENTS);
  }

  @Test
  void shouldServeRepeatedArticlePageWithoutTheDatabase() {
    long cached =
        Statements.fewest(
            () -> {
              given().when().get(ArticlePagesTest.SEED_FR).then().statusCode(200);
              var statistics = sessions.getStatistics();
              statistics.clear();
              given().when().get(ArticlePagesTest.SEED_FR).then().statusCode(200);
              return statistics.getPrepareStatementCount();
            });

    assertThat(cached).isZero();
  }

  @Test
  void shouldNotLetExtraQueryParametersBypassTheCache() {
    var statistics = sessions.getStatistics();
    long counted =
        Statements.fewest(
            () -> {
              pages.invalidateAll();
              given().when().get(ArticlePagesTest.SEED_FR).then().statusCode(200);
              statistics.clear();
              given()
                  .when()
                  .get(ArticlePagesTest.SEED_FR + "?utm_source=x&page=7")
                  .then()
                  .statusCode(200);
              given().when().get("/fr/?nocache=" + System.nanoTime()).then().statusCode(200);
              given().when().get("/fr/?nocache=" + System.nanoTime()).then().statusCode(200);
              return statistics.getPrepareStatementCount();
            });
    assertThat(counted).as("only the first home page render").isBetween(1L, 4L);
  }
}
