package io.gazette.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;

/**
 * Completes the document at start with what is known only then or said nowhere else: its server is
 * {@code gazette.base-url} when that is set (else the relative {@code /} that {@link
 * ApiDocumentation} put there), and its licence. The repository ships no licence file and its pages
 * say "all rights reserved", so the licence is proprietary, named by a {@code LicenseRef} SPDX
 * expression (SPDX has no identifier for proprietary terms).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentInfo implements OASFilter {

  /** The licence's name in {@code info.license}. */
  static final String LICENCE_NAME = "Proprietary: all rights reserved";

  /** Its SPDX expression: a licence reference of the project's own. */
  static final String LICENCE_IDENTIFIER = "LicenseRef-Gazette-Proprietary";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    complete(openApi, baseUrl());
  }

  /** Names the server ({@code base}, when given) and the licence of the document. */
  static void complete(OpenAPI openApi, Optional<String> base) {
    base.ifPresent(
        url ->
            openApi.setServers(
                List.of(OASFactory.createServer().url(url).description("This Gazette site"))));
    if (openApi.getInfo() == null) {
      openApi.setInfo(OASFactory.createInfo().title("Gazette API").version("1"));
    }
    Info info = openApi.getInfo();
    if (info.getLicense() == null) {
      info.setLicense(OASFactory.createLicense().name(LICENCE_NAME).identifier(LICENCE_IDENTIFIER));
    }
  }

  /** {@code gazette.base-url} without its trailing slash, when set. */
  static Optional<String> baseUrl() {
    return ConfigProvider.getConfig()
        .getOptionalValue("gazette.base-url", String.class)
        .map(String::strip)
        .filter(base -> !base.isEmpty())
        .map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
  }
}
