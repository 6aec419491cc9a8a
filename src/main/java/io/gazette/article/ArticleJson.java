package io.gazette.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as the public API lists it (SPEC §5).
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
 * @param section its section, named in the article's language (null when it has no name there)
 * @param tags its tags, named in the article's language
 * @param mustRead whether the newsroom flagged the story as a must-read
 * @param image the story's lead picture, left out of the JSON when it has none
 */
@Schema(name = "Article", description = "A published article in a list.")
public record ArticleJson(
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "17") long storyId,
    @Schema(required = true, example = "fr") String lang,
    @Schema(required = true, example = Examples.SLUG) String slug,
    @Schema(required = true, example = Examples.URL) String url,
    @Schema(required = true, example = Examples.TITLE) String title,
    @Schema(required = true, nullable = true, example = Examples.STANDFIRST) String standfirst,
    @Schema(required = true, example = "2024-05-07T06:30:00Z") Instant publishedAt,
    @Schema(required = true, example = "2024-05-07T08:12:00Z") Instant updatedAt,
    @Schema(required = true, nullable = true) LabelJson section,
    @Schema(required = true) List<LabelJson> tags,
    @Schema(required = true, example = "true") boolean mustRead,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            required = false,
            description = "The story's lead picture; left out when it has none.")
        ImageJson image) {

  /** The newest date of these articles, or null when there are none. */
  public static Instant newest(Collection<ArticleJson> articles) {
    return articles.stream()
        .flatMap(article -> Stream.of(article.publishedAt(), article.updatedAt()))
        .filter(Objects::nonNull)
        .max(Instant::compareTo)
        .orElse(null);
  }

  /** Examples shared by the article schemas. */
  static final class Examples {
    static final String SLUG =
        "le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";
    static final String URL = "https://news.example.mu/fr/" + SLUG;
    static final String TITLE =
        "Le dirigeant nord-coréen Kim Jong Un en visite en Russie, les États-Unis lancent";
    static final String STANDFIRST = "Une visite suivie de près à Washington.";

    private Examples() {}
  }
}
