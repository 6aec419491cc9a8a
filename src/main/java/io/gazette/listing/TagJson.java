package io.gazette.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tag in one language.
 *
 * @param id the tag, the same in every language
 * @param name its name in the language
 * @param slug its slug in the language, for {@code /api/v1/articles?tag=}
 * @param url its reader page, absolute
 * @param articleCount published articles in the language
 */
@Schema(name = "Tag", description = "A tag, named in the requested language.")
public record TagJson(
    @Schema(required = true, example = "8") long id,
    @Schema(required = true, example = "Russie") String name,
    @Schema(required = true, example = "russie") String slug,
    @Schema(required = true, example = "https://news.example.mu/fr/tag/russie") String url,
    @Schema(required = true, example = "5") long articleCount) {}
