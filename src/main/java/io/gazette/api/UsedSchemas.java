package io.gazette.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Drops the component schemas that no remaining path uses, directly or through others. */
final class UsedSchemas {

  private static final String PREFIX = "#/components/schemas/";

  private final Map<String, Schema> all;
  private final Set<String> used = new HashSet<>();

  private UsedSchemas(Map<String, Schema> all) {
    this.all = all;
  }

  static void prune(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    UsedSchemas walk = new UsedSchemas(openApi.getComponents().getSchemas());
    openApi.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(walk::operation);
    walk.all.keySet().stream()
        .filter(name -> !walk.used.contains(name))
        .toList()
        .forEach(openApi.getComponents()::removeSchema);
  }

  private void operation(Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(p -> schema(p.getSchema()));
    }
    if (operation.getRequestBody() != null) {
      content(operation.getRequestBody().getContent());
    }
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      for (var response : operation.getResponses().getAPIResponses().values()) {
        content(response.getContent());
        if (response.getHeaders() != null) {
          response.getHeaders().values().forEach(h -> schema(h.getSchema()));
        }
      }
    }
  }

  private void content(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(type -> schema(type.getSchema()));
    }
  }

  private void schema(Schema schema) {
    if (schema == null) {
      return;
    }
    String ref = schema.getRef();
    if (ref != null && ref.startsWith(PREFIX) && used.add(ref.substring(PREFIX.length()))) {
      schema(all.get(ref.substring(PREFIX.length())));
    }
    Stream.of(
            schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values(),
            nonNull(schema.getAllOf()),
            nonNull(schema.getAnyOf()),
            nonNull(schema.getOneOf()),
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot())
                .filter(s -> s != null)
                .toList())
        .flatMap(java.util.Collection::stream)
        .forEach(this::schema);
  }

  private static List<Schema> nonNull(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }
}
