package io.gazette.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import io.gazette.taxonomy.Section;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {

  /** Demo stories: not made by the fixtures, nor written in the newsroom by other tests. */
  private static final String DEMO_STORIES = "owner is null and author.slug <> 'test-author'";

  @Test
  @Transactional
  void shouldLoadSeedArticleInFrenchAndEnglish() {
    Story seed =
        Article.<Article>find("lang = 'fr' and title like 'Le dirigeant nord-coréen Kim Jong Un%'")
            .firstResult()
            .story;
    List<Article> versions = Article.listPublishedVersions(seed);
    assertThat(versions).extracting(a -> a.lang).containsExactlyInAnyOrder("fr", "en");
    assertThat(seed.mustRead).isTrue();
    assertThat(seed.section.label("en").orElseThrow().name).isEqualTo("World");
    assertThat(seed.section.label("fr").orElseThrow().name).isEqualTo("Monde");
    assertThat(seed.tags).isNotEmpty();
  }

  @Test
  @Transactional
  void shouldNotRepeatAnyParagraphInAnyDemoArticle() {
    // Demo stories have no newsroom owner; tests make their own stories with their own flaws.
    for (Article article :
        Article.<Article>list("story.owner is null and story.author.slug <> 'test-author'")) {
      Set<String> seen = new HashSet<>();
      for (var paragraph : Jsoup.parseBodyFragment(article.bodyHtml).select("p, blockquote")) {
        assertThat(seen.add(paragraph.text()))
            .as("repeated in %s: %s", article.slug, paragraph.text())
            .isTrue();
      }
    }
  }

  @Test
  @Transactional
  void shouldLookLikeARealNewsSite() {
    long demoStories = Story.count(DEMO_STORIES);
    assertThat(demoStories).isGreaterThanOrEqualTo(13);
    assertThat(Section.count()).isGreaterThanOrEqualTo(4);
    assertThat(Story.count("mustRead = true and " + DEMO_STORIES)).isGreaterThanOrEqualTo(3);
    long bilingual =
        Story.<Story>list(DEMO_STORIES).stream()
            .filter(
                story ->
                    Article.count("story = ?1 and status = ?2", story, ArticleStatus.PUBLISHED)
                        == 2)
            .count();
    assertThat(bilingual).isGreaterThan(demoStories / 2).isLessThan(demoStories);
    assertThat(Comment.count("status", CommentStatus.APPROVED)).isGreaterThanOrEqualTo(3);
    assertThat(Story.<Story>list(DEMO_STORIES).stream().map(s -> s.author.id).distinct().count())
        .isGreaterThanOrEqualTo(3);
  }
}
