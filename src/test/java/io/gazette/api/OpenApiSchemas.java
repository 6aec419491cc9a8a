package io.gazette.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * The response schemas of an OpenAPI document as JSON Schema 2020-12, for networknt's validator:
 * each schema carries the document's components as {@code $defs} (every {@code
 * #/components/schemas/} reference rewritten to them), and OpenAPI 3.0's {@code nullable: true}
 * becomes a {@code "null"} type (OpenAPI 3.1 documents have none: their schemas are 2020-12).
 */
final class OpenApiSchemas {

  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFS = "#/$defs/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;
  private final ObjectNode defs;

  OpenApiSchemas(JsonNode document) {
    this.document = document;
    this.defs = (ObjectNode) convert(document.path("components").path("schemas").deepCopy());
  }

  /** The JSON schema of an operation's answer with this status, failing when none is documented. */
  Schema response(String method, String path, int status) {
    JsonNode schema =
        document
            .path("paths")
            .path(path)
            .path(method.toLowerCase())
            .path("responses")
            .path(String.valueOf(status))
            .path("content")
            .path("application/json")
            .path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError(method + " " + path + " documents no JSON " + status + " answer");
    }
    return standalone(schema);
  }

  /** A component schema by name, such as {@code Article}. */
  Schema component(String name) {
    return standalone(JsonNodeFactory.instance.objectNode().put("$ref", COMPONENTS + name));
  }

  /** What is wrong with {@code value} against {@code schema}; empty when it matches. */
  static List<Error> errors(Schema schema, JsonNode value) {
    return schema.validate(value);
  }

  private Schema standalone(JsonNode schema) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
    root.set("allOf", JsonNodeFactory.instance.arrayNode().add(convert(schema.deepCopy())));
    root.set("$defs", defs);
    return REGISTRY.getSchema(root);
  }

  /** Rewrites references and 3.0 nullables, in place, all the way down. */
  private static JsonNode convert(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
        object.put("$ref", DEFS + ref.asText().substring(COMPONENTS.length()));
      }
      if (object.path("nullable").asBoolean() && object.path("type").isTextual()) {
        object.set(
            "type", JsonNodeFactory.instance.arrayNode().add(object.get("type")).add("null"));
      }
      object.remove("nullable");
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        convert(field.getValue());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(OpenApiSchemas::convert);
    }
    return node;
  }
}
