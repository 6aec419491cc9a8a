package io.gazette.changefeed;

import io.gazette.story.Article;
import io.gazette.story.Story;
import io.gazette.taxonomy.LocalizedName;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as the change feed delivers it: what the app stores to show the article
 * offline. (Meant to match the article JSON of the read API; swap it for that one when they meet.)
 *
 * @param id the article
 * @param storyId the story, the same in every language
 * @param lang the article's language
 * @param slug its slug in that language
 * @param url the reader page, absolute
 * @param title headline
 * @param standfirst summary under the headline, or null
 * @param bodyHtml sanitized HTML
 * @param publishedAt first publication
 * @param updatedAt last change
 * @param section section name and slug in the article's language, or null when it has no name there
 * @param tags tags with their name and slug in the article's language
 * @param author byline
 * @param mustRead whether the newsroom recommends it
 * @param translations the story's other published versions
 */
@Schema(name = "FeedArticle", description = "A published article, as stored by an offline app.")
public record ArticleFeedJson(
    @Schema(example = "42") long id,
    @Schema(example = "17") long storyId,
    @Schema(example = "fr") String lang,
    @Schema(example = "le-port-s-agrandit") String slug,
    @Schema(example = "https://news.example.mu/fr/le-port-s-agrandit") String url,
    @Schema(example = "Le port s'agrandit") String title,
    @Schema(nullable = true, example = "Les travaux commencent lundi.") String standfirst,
    @Schema(example = "<p>Les travaux commencent lundi.</p>") String bodyHtml,
    Instant publishedAt,
    Instant updatedAt,
    @Schema(nullable = true) Label section,
    List<Label> tags,
    Label author,
    boolean mustRead,
    List<Translation> translations) {

  /** A name and slug in the article's language. */
  @Schema(name = "FeedLabel")
  public record Label(@Schema(example = "Économie") String name, String slug) {}

  /** Another published language version of the story. */
  @Schema(name = "FeedTranslation")
  public record Translation(
      @Schema(example = "en") String lang, long id, String title, String url) {}

  /** The JSON of a published article; {@code versions} are its story's published articles. */
  static ArticleFeedJson of(Article article, String base, List<Article> versions) {
    Story story = article.story;
    String lang = article.lang;
    List<Label> tags =
        story.tags.stream()
            .map(tag -> label(tag.label(lang)))
            .filter(label -> label != null)
            .sorted(Comparator.comparing(Label::name))
            .toList();
    List<Translation> translations =
        versions.stream()
            .filter(other -> !other.id.equals(article.id))
            .map(other -> new Translation(other.lang, other.id, other.title, url(base, other)))
            .toList();
    return new ArticleFeedJson(
        article.id,
        story.id,
        lang,
        article.slug,
        url(base, article),
        article.title,
        article.standfirst,
        article.bodyHtml,
        article.publishedAt,
        article.updatedAt,
        label(story.section.label(lang)),
        tags,
        new Label(story.author.name, story.author.slug),
        story.mustRead,
        translations);
  }

  public static String url(String base, Article article) {
    return base + "/" + article.lang + "/" + article.slug;
  }

  private static Label label(Optional<LocalizedName> name) {
    return name.map(n -> new Label(n.name, n.slug)).orElse(null);
  }
}
