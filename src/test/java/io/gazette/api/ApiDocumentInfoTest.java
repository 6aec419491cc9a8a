package io.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

class ApiDocumentInfoTest {

  @Test
  void shouldServeTheApiFromTheConfiguredBaseUrl() {
    OpenAPI document = OASFactory.createOpenAPI();
    document.addServer(OASFactory.createServer().url("/"));

    ApiDocumentInfo.complete(document, Optional.of("https://news.example.mu"));

    assertThat(document.getServers()).hasSize(1);
    assertThat(document.getServers().get(0).getUrl()).isEqualTo("https://news.example.mu");
    assertThat(document.getInfo().getLicense().getName()).isEqualTo(ApiDocumentInfo.LICENCE_NAME);
    assertThat(document.getInfo().getLicense().getIdentifier())
        .isEqualTo(ApiDocumentInfo.LICENCE_IDENTIFIER);
  }

  @Test
  void shouldKeepTheRelativeServerWithoutABaseUrl() {
    OpenAPI document = OASFactory.createOpenAPI();
    document.addServer(OASFactory.createServer().url("/"));

    ApiDocumentInfo.complete(document, Optional.empty());

    assertThat(document.getServers().get(0).getUrl()).isEqualTo("/");
  }
}
