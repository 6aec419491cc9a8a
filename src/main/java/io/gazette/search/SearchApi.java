package io.gazette.search;

import io.gazette.api.ApiAnswers;
import io.gazette.api.ApiCached;
import io.gazette.api.LangParam;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.api.Paging;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.i18n.Language;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The app's search, {@code GET /api/v1/search}: the same results as the reader's search page. */
@Path("/api/v1/search")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reading", description = "Published articles and the home page, per language.")
public class SearchApi {

  private final SearchViews views;
  private final Languages languages;
  private final Layout layout;

  SearchApi(SearchViews views, Languages languages, Layout layout) {
    this.views = views;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      summary = "Search published articles",
      description =
          "Results in lang come first, best match first (or newest first), then the stories"
              + " found only in other languages (otherLanguage: true, at most 50). Accents and case"
              + " do not matter, words are stemmed; quotes make a phrase, - excludes a word, *"
              + " ends a prefix. Texts longer than 200 characters are cut.")
  @APIResponse(responseCode = "200", description = "One page of the results.")
  @APIResponse(
      responseCode = "400",
      description = "q missing, or lang, section, sort, page or size not acceptable: named.")
  @APIResponse(responseCode = "503", description = "The search index is being built: retry.")
  public RestResponse<ListEnvelope<SearchResultJson>> search(
      @QueryParam("q")
          @Parameter(description = "The words searched for.", required = true, example = "corée")
          String q,
      @QueryParam("lang") @Parameter(description = LangParam.DESCRIPTION, example = "fr")
          String lang,
      @QueryParam("section")
          @Parameter(
              description = "Only this section: its slug in lang (see /api/v1/sections).",
              example = "monde")
          String section,
      @QueryParam("sort")
          @Parameter(
              description = "relevance (the default) or newest.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"relevance", "newest"},
                      defaultValue = "relevance"))
          String sort,
      @BeanParam PageParams pages,
      @Context UriInfo uri) {
    Language language = LangParam.resolve(languages, lang);
    SearchApiRequest request = SearchApiRequest.read(q, section, sort);
    Paging paging = pages.paging();
    SearchView view =
        views.of(
            language,
            request.q(),
            request.section(),
            request.order(),
            paging.page(),
            paging.size());
    if (view.unavailable()) {
      throw new ProblemException(
          Problem.of(
              ProblemType.UNAVAILABLE, "The search index is being built: try again shortly."));
    }
    if (request.section() != null && view.section() == null) {
      throw ProblemException.invalidParameter(
          "section",
          "unknown-section",
          "The parameter 'section' names no section in " + language.code() + ".");
    }
    String base = layout.baseUrl(uri);
    var items = view.items().stream().map(item -> SearchResultJson.of(item, base)).toList();
    return ApiAnswers.ok(paging.envelope(items, view.results().total()), language.code(), null);
  }
}
