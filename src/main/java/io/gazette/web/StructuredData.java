package io.gazette.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.ReaderMessages;
import io.quarkus.qute.RawString;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Schema.org JSON-LD for reader pages, built as Jackson nodes and serialized so that it can sit
 * inside a {@code <script type="application/ld+json">} element: {@code <}, {@code >}, {@code &} and
 * the JavaScript line separators U+2028 and U+2029 are written as JSON unicode escapes (a
 * backslash, {@code u003c} for {@code <}), so no text of an article can end the element or open a
 * comment.
 */
public final class StructuredData {

  /** The publisher's logo, 512 px square, under the site's static files. */
  public static final String LOGO_PATH = "/static/logo-512.png";

  static final int LOGO_SIZE = 512;

  private static final ObjectMapper JSON = new ObjectMapper();

  private StructuredData() {}

  /** A new node of this schema.org type. */
  public static ObjectNode node(String type) {
    return JSON.createObjectNode().put("@type", type);
  }

  /** An empty array to fill. */
  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  /**
   * The date with its offset in the site's zone, to the second: {@code 2024-05-07T09:30:00+04:00}.
   */
  public static String date(Instant instant, Page page) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.SECONDS).atZone(page.zone()));
  }

  /** The site as a news organization, with its logo. */
  public static ObjectNode publisher(Page page) {
    ObjectNode logo =
        node("ImageObject")
            .put("url", page.absolute(LOGO_PATH))
            .put("width", LOGO_SIZE)
            .put("height", LOGO_SIZE);
    ObjectNode organization =
        node("NewsMediaOrganization")
            .put("@id", page.absolute("/#organization"))
            .put("name", page.siteName())
            .put("url", page.absolute("/"));
    organization.set("logo", logo);
    return organization;
  }

  /**
   * The trail from the page's home to the page: the home, then each (name, absolute URL) given, the
   * last being the page itself.
   */
  public static ObjectNode breadcrumbs(Page page, List<Crumb> trail) {
    ArrayNode items = array();
    String home = Bundles.in(ReaderMessages.class, page.language()).homeLink();
    items.add(crumb(1, home, page.absolute("/" + page.language().code() + "/")));
    for (Crumb step : trail) {
      items.add(crumb(items.size() + 1, step.name(), step.url()));
    }
    ObjectNode list = node("BreadcrumbList");
    list.set("itemListElement", items);
    return list;
  }

  /** One step of a breadcrumb trail: its name and absolute URL. */
  public record Crumb(String name, String url) {}

  private static ObjectNode crumb(int position, String name, String url) {
    return node("ListItem").put("position", position).put("name", name).put("item", url);
  }

  /**
   * The nodes as one JSON-LD document (a {@code @graph} under the schema.org context), escaped for
   * a script element and marked raw for the template.
   */
  public static RawString script(ObjectNode... graph) {
    ObjectNode document = JSON.createObjectNode().put("@context", "https://schema.org");
    ArrayNode nodes = document.putArray("@graph");
    for (ObjectNode node : graph) {
      nodes.add(node);
    }
    try {
      return new RawString(escape(JSON.writeValueAsString(document)));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** JSON made safe inside a script element; every replaced character is inside a JSON string. */
  static String escape(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
