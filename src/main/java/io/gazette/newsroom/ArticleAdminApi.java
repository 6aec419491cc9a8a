package io.gazette.newsroom;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.api.Paging;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.NewsroomQueries;
import io.gazette.editorial.SaveOutcome;
import io.gazette.revision.AdminRevisionJson;
import io.gazette.revision.RevisionService;
import io.gazette.story.ArticleStatus;
import io.gazette.web.Layout;
import io.gazette.workflow.WorkflowService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The newsroom's articles as JSON, {@code /api/admin/v1/articles}: the same services and role rules
 * as the admin UI, changes guarded by {@code If-Match} with the article's version.
 */
@Path("/api/admin/v1/articles")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "editor", "author"})
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(name = "Articles", description = "Write, translate and publish; authors see their own.")
public class ArticleAdminApi {

  private static final String BASE = "/api/admin/v1/articles/";
  private static final String IF_MATCH = "Version the change was prepared from: 3, \"3\", W/\"3\".";

  private final EditorialService editorial;
  private final WorkflowService workflow;
  private final RevisionService revisions;
  private final NewsroomQueries queries;
  private final ArticleAdminApiSupport support;
  private final Layout layout;
  private final SecurityIdentity identity;
  @Context UriInfo uri;

  ArticleAdminApi(
      EditorialService editorial,
      WorkflowService workflow,
      RevisionService revisions,
      NewsroomQueries queries,
      ArticleAdminApiSupport support,
      Layout layout,
      SecurityIdentity identity) {
    this.editorial = editorial;
    this.workflow = workflow;
    this.revisions = revisions;
    this.queries = queries;
    this.support = support;
    this.layout = layout;
    this.identity = identity;
  }

  @GET
  @Operation(
      operationId = "listAdminArticles",
      summary = "List articles, newest change first, with filters")
  @APIResponse(responseCode = "200", description = "One page of the list.")
  @APIResponse(responseCode = "400", description = "A parameter is not acceptable; it is named.")
  public ListEnvelope<AdminArticleJson> list(
      @BeanParam PageParams pages,
      @Parameter(example = "fr") @QueryParam("lang") String lang,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"draft", "review", "scheduled", "published", "unpublished"}))
          @QueryParam("status")
          ArticleStatus status,
      @Parameter(description = "Section id.", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("section")
          Long section,
      @Parameter(description = "Author id.", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("author")
          Long author,
      @Parameter(description = "Text in the title.") @QueryParam("q") String text) {
    Paging paging = pages.paging();
    var filter = support.filter(lang, status, section, author, text);
    var found = queries.list(member(), filter, paging.page(), paging.size());
    return paging.envelope(found.items().stream().map(this::json).toList(), found.total());
  }

  @POST
  @Operation(
      operationId = "createAdminArticle",
      summary = "Start a story with its first version, a draft")
  @RequestBody(
      content =
          @Content(
              examples = @ExampleObject(name = "article", value = AdminArticleWriteJson.EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it.",
      content = @Content(schema = @Schema(implementation = AdminArticleJson.class)))
  @APIResponse(responseCode = "400", description = "Fields not acceptable, each named.")
  @APIResponse(
      responseCode = "409",
      description = "Concurrent creates kept taking the slug, even tried again: nothing written.")
  public RestResponse<AdminArticleJson> create(AdminArticleWriteJson body) {
    AdminArticleWriteJson article = support.required(body);
    return created(editorial.createStory(member(), article.lang(), article.draft()));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAdminArticle", summary = "One article, with its version as ETag")
  @APIResponse(responseCode = "200", description = "The article.")
  @APIResponse(responseCode = "404", description = "No such article.")
  public RestResponse<AdminArticleJson> get(@PathParam("id") long id) {
    return article(editorial.get(member(), id), RestResponse.ResponseBuilder.ok());
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateAdminArticle",
      summary = "Change an article, if it is still at the version in If-Match")
  @RequestBody(
      content =
          @Content(
              examples = @ExampleObject(name = "article", value = AdminArticleWriteJson.EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Saved as a new revision; new ETag.")
  @APIResponse(responseCode = "400", description = "Fields not acceptable, each named.")
  @APIResponse(responseCode = "412", description = "Stale version: nothing written.")
  @APIResponse(responseCode = "428", description = "If-Match missing.")
  public RestResponse<AdminArticleJson> update(
      @PathParam("id") long id,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      AdminArticleWriteJson body) {
    int version = ArticleAdminApiSupport.requiredVersion(ifMatch);
    AdminArticleWriteJson changes = support.required(body);
    SignedIn member = member();
    ArticleSnapshot current = editorial.get(member, id);
    SaveOutcome outcome = editorial.save(member, id, version, changes.over(current));
    if (outcome instanceof SaveOutcome.Saved saved) {
      return article(saved.article(), RestResponse.ResponseBuilder.ok());
    }
    throw ArticleAdminApiSupport.refusal(outcome);
  }

  @POST
  @Path("{id}/publish")
  @Operation(
      operationId = "publishAdminArticle",
      summary = "Publish now or at a time (editors); blocking checks need override")
  @RequestBody(
      required = false,
      content =
          @Content(
              schema = @Schema(implementation = AdminWorkflowJson.class),
              examples = @ExampleObject(name = "schedule", value = AdminWorkflowJson.EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Published or scheduled.")
  @APIResponse(responseCode = "409", description = "Blocked by checks (listed) or wrong state.")
  @APIResponse(responseCode = "412", description = "Stale version: nothing changed.")
  public RestResponse<AdminArticleJson> publish(
      @PathParam("id") long id,
      @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    AdminWorkflowJson step = support.step(body);
    SignedIn member = member();
    int version = version(member, id, ifMatch, step);
    return moved(() -> workflow.publish(member, id, version, step.instant(), step.overriding()));
  }

  @POST
  @Path("{id}/unpublish")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AdminWorkflowJson.class)))
  @Operation(
      operationId = "unpublishAdminArticle",
      summary = "Take a published article off the site (editors)")
  @APIResponse(responseCode = "200", description = "Unpublished.")
  @APIResponse(responseCode = "412", description = "Stale version: nothing changed.")
  public RestResponse<AdminArticleJson> unpublish(
      @PathParam("id") long id,
      @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    SignedIn member = member();
    int version = version(member, id, ifMatch, support.step(body));
    return moved(() -> workflow.unpublish(member, id, version));
  }

  @POST
  @Path("{id}/submit")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AdminWorkflowJson.class)))
  @Operation(operationId = "submitAdminArticle", summary = "Submit a draft for review")
  @APIResponse(responseCode = "200", description = "In review.")
  @APIResponse(responseCode = "409", description = "Not a draft.")
  @APIResponse(responseCode = "412", description = "Stale version: nothing changed.")
  public RestResponse<AdminArticleJson> submit(
      @PathParam("id") long id,
      @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    SignedIn member = member();
    int version = version(member, id, ifMatch, support.step(body));
    return moved(() -> workflow.submit(member, id, version));
  }

  @POST
  @Path("{id}/translations")
  @Operation(
      operationId = "translateAdminArticle",
      summary = "Start the story's version in another language, linked to this one")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(name = "translation", value = AdminTranslationJson.EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it.",
      content = @Content(schema = @Schema(implementation = AdminArticleJson.class)))
  @APIResponse(responseCode = "400", description = "Fields not acceptable or language taken.")
  public RestResponse<AdminArticleJson> translate(
      @PathParam("id") long id, AdminTranslationJson body) {
    AdminTranslationJson translation = support.required(body);
    SignedIn member = member();
    ArticleSnapshot source = editorial.get(member, id);
    List<String> tags = support.storyTags(source.storyId(), translation.lang());
    return created(
        editorial.translate(member, id, translation.lang(), translation.draft(source, tags)));
  }

  @GET
  @Path("{id}/revisions")
  @Operation(
      operationId = "listAdminArticleRevisions",
      summary = "The article's revisions, newest first")
  @APIResponse(responseCode = "200", description = "One page of the revisions.")
  public ListEnvelope<AdminRevisionJson> revisions(
      @PathParam("id") long id, @BeanParam PageParams pages) {
    Paging paging = pages.paging();
    return paging.slice(revisions.list(member(), id).stream().map(AdminRevisionJson::of).toList());
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }

  private AdminArticleJson json(ArticleSnapshot article) {
    return AdminArticleJson.of(article, layout.baseUrl(uri));
  }

  private RestResponse<AdminArticleJson> article(
      ArticleSnapshot article, RestResponse.ResponseBuilder<AdminArticleJson> answer) {
    return answer
        .tag(new EntityTag(Integer.toString(article.version())))
        .entity(json(article))
        .build();
  }

  private RestResponse<AdminArticleJson> created(SaveOutcome outcome) {
    if (outcome instanceof SaveOutcome.Saved saved) {
      var location = uri.getBaseUriBuilder().path(BASE + saved.article().id()).build();
      return article(saved.article(), RestResponse.ResponseBuilder.created(location));
    }
    throw ArticleAdminApiSupport.refusal(outcome);
  }

  /** The version a workflow step acts on: If-Match, else the body's, else the current one. */
  private int version(SignedIn member, long id, String ifMatch, AdminWorkflowJson body) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      return ArticleAdminApiSupport.version(ifMatch);
    }
    if (body.version() != null) {
      return body.version();
    }
    return editorial.get(member, id).version();
  }

  private RestResponse<AdminArticleJson> moved(Supplier<WorkflowService.Outcome> step) {
    return article(support.done(step).article(), RestResponse.ResponseBuilder.ok());
  }
}
