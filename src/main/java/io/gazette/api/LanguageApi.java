package io.gazette.api;

import io.gazette.i18n.Languages;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The site's languages for the app, {@code /api/v1/languages}; held in memory. */
@Path("/api/v1/languages")
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site", description = "Languages, sections, tags and authors, per language.")
public class LanguageApi {

  private final Languages languages;

  LanguageApi(Languages languages) {
    this.languages = languages;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(operationId = "listLanguages", summary = "The site's languages, the default one first")
  @APIResponse(responseCode = "200", description = "Every language.")
  @APIResponse(responseCode = "400", description = "page or size not acceptable; it is named.")
  public RestResponse<ListEnvelope<LanguageJson>> list(@BeanParam PageParams pages) {
    var all = languages.all().stream().map(LanguageJson::of).toList();
    return ApiAnswers.ok(pages.paging().slice(all), null, null);
  }
}
