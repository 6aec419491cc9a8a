package io.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON answer against an OpenAPI schema of the document: every required property present,
 * and the type of every value the schema describes, all the way down.
 */
final class SchemaCheck {

  private static final String PREFIX = "#/components/schemas/";

  private final JsonNode schemas;

  SchemaCheck(JsonNode document) {
    this.schemas = document.path("components").path("schemas");
  }

  /** Fails the test when {@code value} (at {@code where}) does not match {@code schema}. */
  void check(String where, JsonNode value, JsonNode schema) {
    schema = resolve(schema);
    if (schema.has("anyOf") || schema.has("oneOf")) {
      JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
      if (value.isNull() && hasNull(options)) {
        return;
      }
      for (JsonNode option : options) {
        if (!"null".equals(option.path("type").asText())) {
          check(where, value, option);
          return;
        }
      }
    }
    List<String> types = new ArrayList<>();
    JsonNode declared = schema.path("type");
    if (declared.isArray()) {
      declared.forEach(type -> types.add(type.asText()));
    } else if (declared.isTextual()) {
      types.add(declared.asText());
    }
    if (value.isNull()) {
      assertThat(types.isEmpty() || types.contains("null") || schema.path("nullable").asBoolean())
          .as(where + " is null but the schema does not allow it: " + schema)
          .isTrue();
      return;
    }
    String type = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("");
    switch (type) {
      case "object" -> object(where, value, schema);
      case "array" -> {
        assertThat(value.isArray()).as(where + " should be an array").isTrue();
        int i = 0;
        for (JsonNode element : value) {
          check(where + "[" + i++ + "]", element, schema.path("items"));
        }
      }
      case "string" -> assertThat(value.isTextual()).as(where + " should be a string").isTrue();
      case "integer" ->
          assertThat(value.isIntegralNumber()).as(where + " should be an integer").isTrue();
      case "number" -> assertThat(value.isNumber()).as(where + " should be a number").isTrue();
      case "boolean" -> assertThat(value.isBoolean()).as(where + " should be a boolean").isTrue();
      default -> {
        // No type: anything goes.
      }
    }
  }

  private void object(String where, JsonNode value, JsonNode schema) {
    assertThat(value.isObject()).as(where + " should be an object: " + value).isTrue();
    for (JsonNode required : schema.path("required")) {
      assertThat(value.has(required.asText()))
          .as(where + " lacks the required property '" + required.asText() + "': " + value)
          .isTrue();
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            property -> {
              if (value.has(property.getKey())) {
                check(
                    where + "." + property.getKey(),
                    value.get(property.getKey()),
                    property.getValue());
              }
            });
  }

  /** The schema a {@code $ref} names, or the schema itself. */
  JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      assertThat(ref).startsWith(PREFIX);
      schema = schemas.path(ref.substring(PREFIX.length()));
      assertThat(schema.isMissingNode()).as("schema " + ref + " is defined").isFalse();
    }
    return schema;
  }

  private static boolean hasNull(JsonNode options) {
    for (JsonNode option : options) {
      if ("null".equals(option.path("type").asText())) {
        return true;
      }
    }
    return false;
  }
}
