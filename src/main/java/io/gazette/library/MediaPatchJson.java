package io.gazette.library;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The texts to change, by language, and the version they were read at. */
@Schema(name = "AdminMediaPatch")
public record MediaPatchJson(
    @Schema(required = true, description = "The picture's version when it was read")
        Integer version,
    @Schema(required = true, description = "Texts by language code; languages not sent keep theirs")
        Map<String, AdminMediaJson.MediaTextJson> texts) {

  static final String EXAMPLE =
      "{\"version\": 0, \"texts\": {\"fr\": {\"alt\": \"Le port de Port-Louis au lever du jour\","
          + " \"caption\": \"Le port au petit matin.\", \"credit\": \"Photo : Gazette\"}}}";
}
