package io.gazette.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as the public API shows it alone (SPEC §5): the list fields, then its body,
 * author, the other published languages of the story, related articles and the comment count.
 *
 * @param id the article: one language version of a story
 * @param storyId the story, shared by its language versions
 * @param lang the article's language
 * @param slug its slug in that language
 * @param url its reader page, absolute
 * @param title the headline
 * @param standfirst the summary under the headline, or null
 * @param publishedAt when it was first published
 * @param updatedAt when its text last changed
 * @param section its section, named in the article's language
 * @param tags its tags, named in the article's language
 * @param mustRead whether the newsroom flagged the story as a must-read
 * @param readingMinutes reading time at 200 words a minute, at least 1
 * @param bodyHtml the body: sanitized HTML (paragraphs, headings, lists, links, quotes, images)
 * @param author the byline
 * @param translations the story's other published language versions (the language toggle)
 * @param related up to six related published articles in the same language, never this one
 * @param commentCount approved comments
 * @param commentsOpen whether readers may comment now
 * @param image the story's lead picture, left out of the JSON when it has none
 */
@Schema(name = "ArticleDetail", description = "A published article with its body and links.")
public record ArticleDetailJson(
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "17") long storyId,
    @Schema(required = true, example = "fr") String lang,
    @Schema(required = true, example = ArticleJson.Examples.SLUG) String slug,
    @Schema(required = true, example = ArticleJson.Examples.URL) String url,
    @Schema(required = true, example = ArticleJson.Examples.TITLE) String title,
    @Schema(required = true, nullable = true, example = ArticleJson.Examples.STANDFIRST)
        String standfirst,
    @Schema(required = true, example = "2024-05-07T06:30:00Z") Instant publishedAt,
    @Schema(required = true, example = "2024-05-07T08:12:00Z") Instant updatedAt,
    @Schema(required = true, nullable = true) LabelJson section,
    @Schema(required = true) List<LabelJson> tags,
    @Schema(required = true, example = "true") boolean mustRead,
    @Schema(required = true, example = "4") int readingMinutes,
    @Schema(required = true, example = "<p>Le dirigeant nord-coréen est arrivé mardi…</p>")
        String bodyHtml,
    @Schema(required = true) LabelJson author,
    @Schema(required = true, description = "Published versions in other languages only.")
        List<TranslationJson> translations,
    @Schema(required = true) List<ArticleJson> related,
    @Schema(required = true, example = "12") long commentCount,
    @Schema(required = true, example = "true") boolean commentsOpen,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            required = false,
            description = "The story's lead picture; left out when it has none.")
        ImageJson image) {

  /** The answer for an article's view, given what surrounds it. */
  static ArticleDetailJson of(
      ArticleView view,
      String url,
      boolean mustRead,
      List<TranslationJson> translations,
      List<ArticleJson> related,
      long commentCount,
      boolean commentsOpen,
      ImageJson image) {
    LabelJson section =
        view.sectionSlug() == null ? null : new LabelJson(view.sectionName(), view.sectionSlug());
    return new ArticleDetailJson(
        view.id(),
        view.storyId(),
        view.lang(),
        view.slug(),
        url,
        view.title(),
        view.standfirst(),
        view.publishedAt(),
        view.updatedAt(),
        section,
        view.tags().stream().map(tag -> new LabelJson(tag.name(), tag.slug())).toList(),
        mustRead,
        view.readingMinutes(),
        view.bodyHtml(),
        new LabelJson(view.authorName(), view.authorSlug()),
        translations,
        related,
        commentCount,
        commentsOpen,
        image);
  }

  /** The newest date of an article and of the related articles it lists. */
  public static Instant newest(ArticleDetailJson article) {
    List<Instant> dates = new ArrayList<>();
    dates.add(article.publishedAt());
    dates.add(article.updatedAt());
    dates.add(ArticleJson.newest(article.related()));
    return dates.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
  }
}
