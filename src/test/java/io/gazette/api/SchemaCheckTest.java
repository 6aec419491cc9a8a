package io.gazette.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DOCUMENT =
      """
      {"components": {"schemas": {
        "Envelope": {"type": "object", "required": ["items", "meta"], "properties": {
          "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
          "meta": {"type": "object", "required": ["page"]}}},
        "Item": {"type": "object", "required": ["id", "standfirst"], "properties": {
          "id": {"type": "integer"},
          "standfirst": {"type": ["string", "null"]},
          "section": {"anyOf": [{"$ref": "#/components/schemas/Label"}, {"type": "null"}]}}},
        "Label": {"type": "object", "required": ["slug"]}}}}
      """;

  private static void check(String json) throws Exception {
    JsonNode document = JSON.readTree(DOCUMENT);
    new SchemaCheck(document)
        .check(
            "answer",
            JSON.readTree(json),
            JSON.readTree("{\"$ref\": \"#/components/schemas/Envelope\"}"));
  }

  @Test
  void shouldAcceptAnAnswerWithEveryRequiredPropertyAndNullsWhereAllowed() {
    assertThatCode(
            () ->
                check(
                    "{\"items\": [{\"id\": 1, \"standfirst\": null, \"section\": null},"
                        + " {\"id\": 2, \"standfirst\": \"x\", \"section\": {\"slug\": \"s\"}}],"
                        + " \"meta\": {\"page\": 1}}"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAMissingRequiredPropertyAtAnyDepth() {
    assertThatThrownBy(() -> check("{\"items\": []}")).hasMessageContaining("'meta'");
    assertThatThrownBy(() -> check("{\"items\": [{\"id\": 1}], \"meta\": {\"page\": 1}}"))
        .hasMessageContaining("'standfirst'");
    assertThatThrownBy(
            () ->
                check(
                    "{\"items\": [{\"id\": 1, \"standfirst\": null, \"section\": {}}],"
                        + " \"meta\": {\"page\": 1}}"))
        .hasMessageContaining("answer.items[0].section lacks the required property 'slug'");
  }

  @Test
  void shouldRefuseAValueOfTheWrongType() {
    assertThatThrownBy(
            () ->
                check(
                    "{\"items\": [{\"id\": \"1\", \"standfirst\": null}], \"meta\": {\"page\": 1}}"))
        .hasMessageContaining("answer.items[0].id should be an integer");
    assertThatThrownBy(() -> check("{\"items\": {}, \"meta\": {\"page\": 1}}"))
        .hasMessageContaining("should be an array");
  }
}
