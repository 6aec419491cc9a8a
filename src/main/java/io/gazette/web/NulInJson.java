package io.gazette.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every NUL (U+0000) in a string of a JSON body becomes U+FFFD, as in forms ({@link NulInForms}):
 * PostgreSQL refuses NUL in a text parameter, so an admin API body holding one failed with a 500
 * there. Each string field, list element or map value is read this way.
 */
@Singleton
public class NulInJson implements ObjectMapperCustomizer {

  private static final StringDeserializer STRINGS =
      new StringDeserializer() {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
          return NulInForms.withoutNul(super.deserialize(parser, context));
        }
      };

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new SimpleModule("nul-in-json").addDeserializer(String.class, STRINGS));
  }
}
