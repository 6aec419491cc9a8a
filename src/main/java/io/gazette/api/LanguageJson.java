package io.gazette.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gazette.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the site's languages, for the app's language picker.
 *
 * @param code BCP 47 tag, the {@code lang} of every other endpoint
 * @param name the language's name in itself
 * @param dir text direction
 * @param isDefault whether it is the site's default language (JSON {@code default})
 */
@Schema(name = "Language", description = "One of the site's languages.")
public record LanguageJson(
    @Schema(required = true, example = "fr") String code,
    @Schema(required = true, description = "Its name in itself.", example = "Français") String name,
    @Schema(
            required = true,
            enumeration = {"ltr", "rtl"},
            example = "ltr")
        String dir,
    @JsonProperty("default")
        @Schema(
            name = "default",
            required = true,
            description = "The site's default language.",
            example = "true")
        boolean isDefault) {

  static LanguageJson of(Language language) {
    return new LanguageJson(language.code(), language.name(), language.dir(), language.isDefault());
  }
}
