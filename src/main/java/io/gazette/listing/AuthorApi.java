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

/** The authors for the app, {@code /api/v1/authors}: those published in a language. */
@Path("/api/v1/authors")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class AuthorApi {

  private final AuthorReads reads;
  private final Languages languages;
  private final Layout layout;

  AuthorApi(AuthorReads reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      summary = "The authors of published articles in a language, by name",
      description =
          "Only authors with at least one published article in the language; names are not translated.")
  @APIResponse(responseCode = "200", description = "One page of the authors.")
  @APIResponse(responseCode = "400", description = "lang, page or size not acceptable: named.")
  public RestResponse<ListEnvelope<AuthorJson>> list(
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
