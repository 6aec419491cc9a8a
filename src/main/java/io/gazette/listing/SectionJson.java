package io.gazette.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A section in one language, for the app's navigation.
 *
 * @param id the section, the same in every language
 * @param name its name in the language
 * @param slug its slug in the language, for {@code /api/v1/articles?section=}
 * @param url its reader page, absolute
 * @param articleCount published articles in the language
 */
@Schema(name = "Section", description = "A section, named in the requested language.")
public record SectionJson(
    @Schema(required = true, example = "3") long id,
    @Schema(required = true, example = "Monde") String name,
    @Schema(required = true, example = "monde") String slug,
    @Schema(required = true, example = "https://news.example.mu/fr/section/monde") String url,
    @Schema(required = true, example = "27") long articleCount) {}
