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
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The site's sections, tags and authors for the app, {@code /api/v1/sections}, {@code /tags} and
 * {@code /authors}: each list named in the requested language, a page at a time.
 */
@Path("/api/v1")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class LabelApi {

  private static final String REFUSED = "lang, page or size not acceptable: named.";

  private final LabelReads reads;
  private final Languages languages;
  private final Layout layout;

  LabelApi(LabelReads reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Path("sections")
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "listSections",
      summary = "The sections named in a language, in the site's navigation order",
      description = "Sections without a published article in the language are listed too.")
  @APIResponse(responseCode = "200", description = "One page of the sections.")
  @APIResponse(responseCode = "400", description = REFUSED)
  public RestResponse<ListEnvelope<SectionJson>> sections(
      @Parameter(description = LangParam.DESCRIPTION, example = "fr") @QueryParam("lang")
          String rawLang,
      @BeanParam PageParams pages,
      @Context UriInfo uri) {
    return list(rawLang, pages, uri, reads::sections);
  }

  @GET
  @Path("tags")
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "listTags",
      summary = "The tags of published articles in a language, by name",
      description = "Only tags that at least one published article of the language carries.")
  @APIResponse(responseCode = "200", description = "One page of the tags.")
  @APIResponse(responseCode = "400", description = REFUSED)
  public RestResponse<ListEnvelope<TagJson>> tags(
      @Parameter(description = LangParam.DESCRIPTION, example = "fr") @QueryParam("lang")
          String rawLang,
      @BeanParam PageParams pages,
      @Context UriInfo uri) {
    return list(rawLang, pages, uri, reads::tags);
  }

  @GET
  @Path("authors")
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "listAuthors",
      summary = "The authors of published articles in a language, by name",
      description =
          "Only authors with at least one published article in the language; names are not translated.")
  @APIResponse(responseCode = "200", description = "One page of the authors.")
  @APIResponse(responseCode = "400", description = REFUSED)
  public RestResponse<ListEnvelope<AuthorJson>> authors(
      @Parameter(description = LangParam.DESCRIPTION, example = "fr") @QueryParam("lang")
          String rawLang,
      @BeanParam PageParams pages,
      @Context UriInfo uri) {
    return list(rawLang, pages, uri, reads::authors);
  }

  /** One page of a list read in the resolved language, with links to its pages' URLs. */
  private <J> RestResponse<ListEnvelope<J>> list(
      String rawLang, PageParams pages, UriInfo uri, BiFunction<String, String, List<J>> read) {
    String lang = LangParam.resolve(languages, rawLang).code();
    var paging = pages.paging();
    return ApiAnswers.ok(paging.slice(read.apply(lang, layout.baseUrl(uri))), lang, null);
  }
}
