package io.gazette.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ImageJson;
import io.gazette.article.LabelJson;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article a search found, for the app.
 *
 * @param id the article
 * @param storyId its story
 * @param lang its language: the one asked for, or another for stories found only there
 * @param slug its slug in that language
 * @param url its reader page, absolute
 * @param title the headline
 * @param titleHtml the headline, HTML-escaped, with the words found in {@code <mark>}
 * @param snippetHtml a passage, HTML-escaped, with the words found in {@code <mark>}
 * @param publishedAt when it was published
 * @param section its section in its language, or null when it has no name there
 * @param otherLanguage true for a story found only in another language than the one asked for
 * @param image the story's lead picture, left out when it has none
 */
@Schema(name = "SearchResult", description = "An article a search found.")
public record SearchResultJson(
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "17") long storyId,
    @Schema(required = true, example = "fr") String lang,
    @Schema(required = true, example = "la-coree-du-nord-et-la-russie") String slug,
    @Schema(required = true, example = "https://news.example.mu/fr/la-coree-du-nord-et-la-russie")
        String url,
    @Schema(required = true, example = "La Corée du Nord et la Russie") String title,
    @Schema(required = true, example = "La <mark>Corée</mark> du Nord et la Russie")
        String titleHtml,
    @Schema(required = true, example = "… les deux pays et la <mark>Corée</mark> du Nord …")
        String snippetHtml,
    @Schema(required = true, example = "2024-05-07T06:30:00Z") Instant publishedAt,
    @Schema(required = true, nullable = true) LabelJson section,
    @Schema(required = true, example = "false") boolean otherLanguage,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(required = false, description = "The story's lead picture; left out when none.")
        ImageJson image) {

  static SearchResultJson of(SearchView.Item item, String base) {
    SearchHit hit = item.hit();
    LabelJson section =
        hit.sectionName() == null ? null : new LabelJson(hit.sectionName(), hit.sectionSlug());
    return new SearchResultJson(
        hit.articleId(),
        hit.storyId(),
        hit.lang(),
        hit.slug(),
        base + hit.path(),
        hit.title(),
        hit.titleHtml(),
        hit.snippetHtml(),
        hit.publishedAt(),
        section,
        hit.otherLanguage(),
        ImageJson.of(item.image(), base));
  }
}
