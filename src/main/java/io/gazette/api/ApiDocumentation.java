package io.gazette.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Shapes the OpenAPI document at {@code /q/openapi} into the JSON API's: only {@code /api/} paths
 * and the schemas they use (HTML pages are not an API); every error documented as a {@code Problem}
 * in {@code application/problem+json}; the 401 and 403 of operations that need a bearer token and
 * the 404 of those addressed by id listed; public operations say they need no credentials ({@code
 * security: []}), and the API is served from the document's own server ({@link ApiDocumentInfo}
 * names it from {@code gazette.base-url} at start, with the licence).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentation implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().keySet().stream()
        .filter(path -> !ApiProblems.isApi(path))
        .toList()
        .forEach(openApi.getPaths()::removePathItem);
    openApi
        .getPaths()
        .getPathItems()
        .forEach((path, item) -> item.getOperations().values().forEach(o -> document(path, o)));
    UsedSchemas.prune(openApi);
    if (openApi.getServers() == null || openApi.getServers().isEmpty()) {
      openApi.addServer(OASFactory.createServer().url("/").description("This Gazette site"));
    }
  }

  private static void document(String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      addIfAbsent(responses, "401", "No valid bearer token in the Authorization header.");
      addIfAbsent(responses, "403", "This account's role does not allow it.");
    } else {
      operation.setSecurity(new ArrayList<>());
    }
    if (path.contains("{")) {
      addIfAbsent(responses, "404", "Nothing has this id.");
    }
    if (operation.getRequestBody() != null) {
      addIfAbsent(responses, "400", "Malformed JSON body.");
      addIfAbsent(responses, "415", "The body is not application/json.");
    }
    responses.getAPIResponses().forEach(ApiDocumentation::asProblem);
  }

  private static void addIfAbsent(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static void asProblem(String code, APIResponse response) {
    boolean error = code.startsWith("4") || code.startsWith("5");
    if (!error || response.getContent() != null) {
      return;
    }
    var schema = OASFactory.createSchema().ref("Problem");
    var mediaType = OASFactory.createMediaType().schema(schema);
    response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType));
    if (code.equals("401")) {
      response.addHeader("WWW-Authenticate", OASFactory.createHeader().schema(text("Bearer")));
    }
  }

  private static Schema text(String example) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .examples(List.of(example));
  }
}
