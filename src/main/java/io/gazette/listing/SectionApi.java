package io.gazette.listing;

import io.gazette.api.ApiAnswers;
import io.gazette.api.ApiCached;
import io.gazette.api.LangParam;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The site's sections for the app, {@code /api/v1/sections}, named in the requested language. */
@Path("/api/v1/sections")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SectionApi {

  private final SectionReads reads;
  private final Languages languages;
  private final Layout layout;

  SectionApi(SectionReads reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      summary = "The sections named in a language, in the site's navigation order",
      description = "Sections without a published article in the language are listed too.")
  @APIResponse(responseCode = "200", description = "One page of the sections.")
  @APIResponse(responseCode = "400", description = "lang, page or size not acceptable: named.")
  public RestResponse<ListEnvelope<SectionJson>> list(
      @Parameter(description = LangParam.DESCRIPTION, example = "fr") @QueryParam("lang")
          String rawLang,
      @BeanParam PageParams pages,
      @Context UriInfo uri) {
    String lang = LangParam.resolve(languages, rawLang).code();
    var paging = pages.paging();
    String base = layout.baseUrl(uri);
    return ApiAnswers.ok(paging.slice(reads.inLanguage(lang, base)), lang, null);
  }
}
