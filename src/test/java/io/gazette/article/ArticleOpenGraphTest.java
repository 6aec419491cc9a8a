package io.gazette.article;

import static io.gazette.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleOpenGraphTest {

  @Inject Fixtures fixtures;

  @Test
  void shouldGiveOpenGraphAndTwitterTagsInThePagesLanguage() {
    var story =
        fixtures.story(
            "Ocean",
            List.of("Lagoon", "Reef"),
            published("fr", "La marée"),
            published("en", "The tide"));
    Document fr = Html.page(story.path("fr"));

    assertThat(meta(fr, "og:site_name")).isEqualTo("Gazette");
    assertThat(meta(fr, "og:locale")).isEqualTo("fr_FR");
    assertThat(fr.select("meta[property=og:locale:alternate]"))
        .extracting(tag -> tag.attr("content"))
        .containsExactly("en_US");
    assertThat(meta(fr, "og:type")).isEqualTo("article");
    assertThat(meta(fr, "og:title")).isEqualTo(story.in("fr").title);
    assertThat(meta(fr, "og:description")).isEqualTo(story.in("fr").standfirst);
    assertThat(meta(fr, "og:url")).endsWith(story.path("fr"));
    assertThat(meta(fr, "article:published_time")).isNotBlank();
    assertThat(meta(fr, "article:modified_time")).isNotBlank();
    assertThat(meta(fr, "article:section")).isEqualTo("Ocean (fr)");
    assertThat(fr.select("meta[property=article:tag]"))
        .extracting(tag -> tag.attr("content"))
        .containsExactlyInAnyOrder("Lagoon (fr)", "Reef (fr)");
    assertThat(named(fr, "twitter:card")).isEqualTo("summary");
    assertThat(named(fr, "twitter:title")).isEqualTo(story.in("fr").title);
    assertThat(named(fr, "twitter:description")).isEqualTo(story.in("fr").standfirst);
    assertThat(meta(Html.page(story.path("en")), "og:locale")).isEqualTo("en_US");
  }

  private static String meta(Document page, String property) {
    Element tag = page.selectFirst("meta[property=" + property + "]");
    assertThat(tag).as(property).isNotNull();
    return tag.attr("content");
  }

  private static String named(Document page, String name) {
    Element tag = page.selectFirst("meta[name=" + name + "]");
    assertThat(tag).as(name).isNotNull();
    return tag.attr("content");
  }
}
