package io.gazette.article;

import io.gazette.api.ApiAnswers;
import io.gazette.api.ApiCached;
import io.gazette.api.LangParam;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Published articles for the app: {@code /api/v1/articles} (filtered, paged, newest first), one
 * article by id, or by language and slug as in its reader URL.
 */
@Path("/api/v1/articles")
@Blocking
@ApiCached
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reading", description = "Published articles and the home page, per language.")
public class ArticleApi {

  private final ArticleReads reads;
  private final Languages languages;
  private final Layout layout;

  ArticleApi(ArticleReads reads, Languages languages, Layout layout) {
    this.reads = reads;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "listArticles",
      summary = "Published articles of a language, newest first",
      description =
          "Filter by section, tag or author slug and by must-read. Link headers (RFC 8288) give"
              + " the first, prev, next and last pages. An unknown slug is a 400 naming it.")
  @APIResponse(responseCode = "200", description = "One page of the articles.")
  @APIResponse(
      responseCode = "400",
      description = "lang, section, tag, author, mustRead, page or size not acceptable: named.")
  public RestResponse<ListEnvelope<ArticleJson>> list(
      @BeanParam ArticleListParams params, @BeanParam PageParams pages, @Context UriInfo uri) {
    String lang = LangParam.resolve(languages, params.lang).code();
    ArticleFilter filter = params.filter();
    String base = layout.baseUrl(uri);
    ListEnvelope<ArticleJson> page = reads.list(lang, filter, pages.paging(), base);
    return ApiAnswers.ok(page, lang, ArticleJson.newest(page.items()));
  }

  @GET
  @Path("{id}")
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "getArticle",
      summary = "A published article with its body, translations and related articles",
      description = "translations lists the story's other published languages: the toggle.")
  @APIResponse(responseCode = "200", description = "The article.")
  @APIResponse(responseCode = "404", description = "No published article has this id.")
  public RestResponse<ArticleDetailJson> byId(
      @Parameter(description = "A published article's id.", example = "42") @PathParam("id")
          long id,
      @Context UriInfo uri) {
    ArticleDetailJson article = reads.byId(id, layout.baseUrl(uri)).orElseThrow(ArticleApi::gone);
    return ApiAnswers.ok(article, article.lang(), ArticleDetailJson.newest(article));
  }

  @GET
  @Path("by-slug/{lang}/{slug}")
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "getArticleBySlug",
      summary = "A published article by its language and slug, as in its reader URL",
      description = "An old slug of an article answers 301 to the article's current by-slug URL.")
  @APIResponse(responseCode = "200", description = "The article.")
  @APIResponse(responseCode = "301", description = "The slug changed; Location has the new URL.")
  @APIResponse(responseCode = "400", description = "lang is not one of the site's languages.")
  @APIResponse(responseCode = "404", description = "No published article has this slug.")
  public RestResponse<ArticleDetailJson> bySlug(
      @Parameter(description = "The article's language.", example = "fr") @PathParam("lang")
          String rawLang,
      @Parameter(description = "Its slug in that language.", example = ArticleJson.Examples.SLUG)
          @PathParam("slug")
          String slug,
      @Context UriInfo uri) {
    String lang = LangParam.resolve(languages, rawLang).code();
    String base = layout.baseUrl(uri);
    var article = reads.bySlug(lang, slug, base);
    if (article.isEmpty()) {
      String moved = reads.movedSlug(lang, slug).orElseThrow(ArticleApi::gone);
      URI target = URI.create(base + "/api/v1/articles/by-slug/" + lang + "/" + moved);
      throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, target);
    }
    return ApiAnswers.ok(article.get(), lang, ArticleDetailJson.newest(article.get()));
  }

  private static ProblemException gone() {
    return new ProblemException(
        Problem.of(ProblemType.NOT_FOUND, "No published article is there."));
  }
}
