package io.gazette.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An author with published articles in a language.
 *
 * @param id the author
 * @param name the byline
 * @param slug the slug, for {@code /api/v1/articles?author=}
 * @param url the author's reader page in the language, absolute
 * @param articleCount published articles in the language
 */
@Schema(name = "Author", description = "A byline.")
public record AuthorJson(
    @Schema(required = true, example = "4") long id,
    @Schema(required = true, example = "Priya Ramdhony") String name,
    @Schema(required = true, example = "priya-ramdhony") String slug,
    @Schema(required = true, example = "https://news.example.mu/fr/author/priya-ramdhony")
        String url,
    @Schema(required = true, example = "9") long articleCount) {}
