package io.gazette.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Another published language version of the same story: what the language toggle leads to.
 *
 * @param lang its language
 * @param id its article id, for {@code /api/v1/articles/{id}}
 * @param title its headline
 * @param url its reader page, absolute
 */
@Schema(name = "Translation", description = "A published version of the story in another language.")
public record TranslationJson(
    @Schema(required = true, example = "en") String lang,
    @Schema(required = true, example = "43") long id,
    @Schema(
            required = true,
            example = "North Korean leader Kim Jong Un visits Russia, the United States warn")
        String title,
    @Schema(
            required = true,
            example = "https://news.example.mu/en/north-korean-leader-kim-jong-un-visits-russia")
        String url) {}
