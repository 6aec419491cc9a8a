package io.gazette.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the document's server at start: {@code gazette.base-url} when it is set (a run-time
 * setting, so not known when the document is built), else the relative {@code /} that {@link
 * ApiDocumentation} put there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiServers implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    ConfigProvider.getConfig()
        .getOptionalValue("gazette.base-url", String.class)
        .map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        .filter(base -> !base.isBlank())
        .ifPresent(
            base ->
                openApi.setServers(
                    List.of(OASFactory.createServer().url(base).description("This Gazette site"))));
  }
}
