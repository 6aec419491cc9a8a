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

/** The tags for the app, {@code /api/v1/tags}: those in use, named in the requested language. */
@Path("/api/v1/tags")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class TagApi {

  private final TagReads reads;
  private final Languages languages;
  private final Layout layout;

  TagApi(TagReads reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      summary = "The tags of published articles in a language, by name",
      description = "Only tags that at least one published article of the language carries.")
  @APIResponse(responseCode = "200", description = "One page of the tags.")
  @APIResponse(responseCode = "400", description = "lang, page or size not acceptable: named.")
  public RestResponse<ListEnvelope<TagJson>> list(
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
