package io.gazette.listing;

import io.gazette.api.ApiAnswers;
import io.gazette.api.ApiCached;
import io.gazette.api.LangParam;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.smallrye.common.annotation.Blocking;
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

/** The home page of a language as data, {@code /api/v1/home}: what {@code /{lang}/} shows. */
@Path("/api/v1/home")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reading")
public class HomeApi {

  private final FrontPages reads;
  private final Languages languages;
  private final Layout layout;

  HomeApi(FrontPages reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "getHome",
      summary = "The home page of a language: top story, latest, must read, sections")
  @APIResponse(responseCode = "200", description = "The home page.")
  @APIResponse(responseCode = "400", description = "lang is not one of the site's languages.")
  public RestResponse<HomeJson> home(
      @Parameter(description = LangParam.DESCRIPTION, example = "fr") @QueryParam("lang")
          String rawLang,
      @Context UriInfo uri) {
    String lang = LangParam.resolve(languages, rawLang).code();
    HomeJson home = reads.home(lang, layout.baseUrl(uri));
    return ApiAnswers.ok(home, lang, HomeJson.newest(home));
  }
}
