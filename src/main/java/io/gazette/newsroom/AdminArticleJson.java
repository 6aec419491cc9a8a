package io.gazette.newsroom;

import io.gazette.editorial.ArticleSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the admin API shows it: one language version of a story, with its workflow. */
@Schema(name = "AdminArticle")
public record AdminArticleJson(
    long id,
    long storyId,
    @Schema(example = "fr") String lang,
    @Schema(example = "le-port-louis-se-modernise") String slug,
    @Schema(
            description = "Absolute reader URL (answers only once published).",
            example = "https://news.example.mu/fr/le-port-louis-se-modernise")
        String url,
    @Schema(enumeration = {"draft", "review", "scheduled", "published", "unpublished"})
        String status,
    @Schema(description = "Send it back in If-Match to change the article.", example = "3")
        int version,
    String title,
    @Schema(nullable = true) String standfirst,
    @Schema(description = "Sanitized HTML.") String bodyHtml,
    @Schema(description = "A translation whose source's published text changed since.")
        boolean outdated,
    @Schema(
            description = "The article this one translates, if it is a translation.",
            nullable = true)
        Long sourceId,
    @Schema(description = "Number of the latest revision.") int revision,
    @Schema(nullable = true) Long sectionId,
    @Schema(description = "Tag names in the article's language.") List<String> tags,
    boolean mustRead,
    boolean commentsOpen,
    @Schema(description = "When it was first published; null before.", nullable = true)
        Instant publishedAt,
    @Schema(description = "When it is to be published, while scheduled.", nullable = true)
        Instant scheduledAt,
    @Schema(nullable = true) Instant updatedAt) {

  /** The JSON of a snapshot; {@code baseUrl} is the site's absolute base, without a slash. */
  static AdminArticleJson of(ArticleSnapshot article, String baseUrl) {
    return new AdminArticleJson(
        article.id(),
        article.storyId(),
        article.lang(),
        article.slug(),
        baseUrl + "/" + article.lang() + "/" + article.slug(),
        article.status().name().toLowerCase(Locale.ROOT),
        article.version(),
        article.title(),
        article.standfirst(),
        article.bodyHtml(),
        article.outdated(),
        article.sourceId(),
        article.revision(),
        article.sectionId(),
        article.tags(),
        article.mustRead(),
        article.commentsOpen(),
        article.publishedAt(),
        article.scheduledAt(),
        article.updatedAt());
  }
}
