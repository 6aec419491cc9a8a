package io.gazette.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the caching of the operations marked {@link ApiCached#OPENAPI_MARK}: the conditional
 * request headers, the validators and cache headers of the 200, the 304, and the 400 for a query
 * parameter the operation does not offer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CachingDocumentation implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(CachingDocumentation::marked)
        .forEach(CachingDocumentation::document);
  }

  private static boolean marked(Operation operation) {
    return operation.getExtensions() != null
        && operation.getExtensions().containsKey(ApiCached.OPENAPI_MARK);
  }

  private static void document(Operation operation) {
    unmark(operation);
    operation.addParameter(header("If-None-Match", "The ETag of the copy the app holds."));
    operation.addParameter(
        header("If-Modified-Since", "The Last-Modified of the copy; If-None-Match wins."));
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null) {
      ok.addHeader("ETag", text("Strong validator of this answer.", "\"q0sdUFZ3Yp9cGkSx2l1a8w\""));
      ok.addHeader(
          "Cache-Control", text("Shared caches may keep it.", ApiCacheFilter.CACHE_CONTROL));
      ok.addHeader("Last-Modified", text("Newest date of its content, when it has one.", null));
      ok.addHeader("Content-Language", text("Its language, when it has one.", "fr"));
      if (paged(operation)) {
        ok.addHeader("Link", text("RFC 8288 links: first, prev, next, last.", null));
      }
    }
    responses.addAPIResponse(
        "304",
        OASFactory.createAPIResponse()
            .description("Not modified: the copy the app holds is current. No body."));
    if (!responses.hasAPIResponse("400")) {
      // With its content here: the filters run in no set order.
      var problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
      responses.addAPIResponse(
          "400",
          OASFactory.createAPIResponse()
              .description("A query parameter is not offered.")
              .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem)));
    }
  }

  /** Removes the mark, which the scanner copies from the method to its responses too. */
  private static void unmark(Operation operation) {
    operation.removeExtension(ApiCached.OPENAPI_MARK);
    APIResponses responses = operation.getResponses();
    if (responses != null) {
      responses.removeExtension(ApiCached.OPENAPI_MARK);
      if (responses.getAPIResponses() != null) {
        responses
            .getAPIResponses()
            .values()
            .forEach(r -> r.removeExtension(ApiCached.OPENAPI_MARK));
      }
    }
  }

  private static boolean paged(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()));
  }

  private static Parameter header(String name, String description) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.HEADER)
        .description(description)
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
  }

  private static org.eclipse.microprofile.openapi.models.headers.Header text(
      String description, String example) {
    Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    if (example != null) {
      schema.examples(List.of(example));
    }
    return OASFactory.createHeader().description(description).schema(schema);
  }
}
