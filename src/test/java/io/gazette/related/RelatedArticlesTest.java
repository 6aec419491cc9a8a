package io.gazette.related;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedArticlesTest {

  @Inject Fixtures fixtures;

  private static List<String> related(String path) {
    return Html.page(path).select(".related a").stream().map(a -> a.attr("href")).toList();
  }

  @Test
  void shouldNeverListItselfAnotherLanguageOrADraft() {
    String tag = "Related " + Fixtures.mark();
    var story =
        fixtures.story(
            "Related desk", List.of(tag), published("fr", "Source"), published("en", "Source"));
    var sibling =
        fixtures.story(
            "Related desk", List.of(tag), published("fr", "Voisin"), published("en", "Neighbour"));
    var draft =
        fixtures.story(
            "Related desk",
            List.of(tag),
            withStatus("fr", "Brouillon voisin", ArticleStatus.DRAFT),
            withStatus("en", "Draft neighbour", ArticleStatus.REVIEW));

    List<String> links = related(story.path("fr"));

    assertThat(links).isNotEmpty().hasSizeLessThanOrEqualTo(RelatedArticles.LIMIT);
    assertThat(links).contains(sibling.path("fr"));
    assertThat(links).allMatch(href -> href.startsWith("/fr/"));
    assertThat(links).doesNotContain(story.path("fr"), draft.path("fr"));
  }

  @Test
  void shouldRankSharedTagsAboveSectionAndRecency() {
    String tagA = "Rank A " + Fixtures.mark();
    String tagB = "Rank B " + Fixtures.mark();
    var story = fixtures.story("Rank desk", List.of(tagA, tagB), published("en", "Ranked source"));
    var twoTags =
        fixtures.story("Elsewhere", List.of(tagA, tagB), published("en", "Shares two tags"));
    var oneTag = fixtures.story("Elsewhere", List.of(tagA), published("en", "Shares one tag"));
    var sameSection = fixtures.story("Rank desk", List.of(), published("en", "Same section only"));

    List<String> links = related(story.path("en"));

    assertThat(links).startsWith(twoTags.path("en"), oneTag.path("en"), sameSection.path("en"));
  }

  @Test
  void shouldShowRelatedArticlesOnTheSeedArticle() {
    var page =
        Html.page(
            "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent");
    assertThat(page.select(".related li")).hasSizeBetween(1, RelatedArticles.LIMIT);
    for (Element link : page.select(".related a")) {
      assertThat(link.attr("href")).startsWith("/fr/").doesNotContain("kim-jong-un-en-visite");
    }
  }
}
