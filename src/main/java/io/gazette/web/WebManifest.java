package io.gazette.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.GazetteConfig;
import io.gazette.i18n.Languages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The web app manifest, {@code /manifest.webmanifest}, linked from every reader page: the site's
 * name, its icons, where it starts ({@code /}, which picks the reader's language) and its colours.
 */
@Path("/manifest.webmanifest")
public class WebManifest {

  /** The manifest's media type (W3C Web Application Manifest). */
  public static final String MEDIA_TYPE = "application/manifest+json";

  /** The masthead's ink, as in {@code favicon.svg}. */
  static final String THEME_COLOUR = "#1a1a2e";

  /** The reader pages' background, as in {@code site.css}. */
  static final String BACKGROUND_COLOUR = "#fcfbf8";

  private final String manifest;

  WebManifest(GazetteConfig config, Languages languages, ObjectMapper json) throws Exception {
    ObjectNode root =
        json.createObjectNode()
            .put("name", config.siteName())
            .put("short_name", config.siteName())
            .put("lang", languages.defaultLanguage().code())
            .put("start_url", "/")
            .put("scope", "/")
            .put("display", "standalone")
            .put("theme_color", THEME_COLOUR)
            .put("background_color", BACKGROUND_COLOUR);
    ArrayNode icons = root.putArray("icons");
    icons
        .addObject()
        .put("src", "/static/favicon.svg")
        .put("sizes", "any")
        .put("type", "image/svg+xml");
    for (int size : new int[] {192, 512}) {
      icons
          .addObject()
          .put("src", "/static/icon-" + size + ".png")
          .put("sizes", size + "x" + size)
          .put("type", "image/png");
    }
    this.manifest = json.writeValueAsString(root);
  }

  /** The manifest, the same for every language; browsers may keep it for a day. */
  @GET
  @Produces(MEDIA_TYPE)
  public Response manifest() {
    return Response.ok(manifest, MEDIA_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
        .build();
  }
}
