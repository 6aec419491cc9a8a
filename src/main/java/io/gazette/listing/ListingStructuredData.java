package io.gazette.listing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.web.Page;
import io.gazette.web.StructuredData;
import io.gazette.web.StructuredData.Crumb;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/**
 * The JSON-LD of the reader's home and listings: on a home, the {@code WebSite} with its search and
 * the {@code NewsMediaOrganization}; on a section, tag or author listing, its breadcrumbs.
 */
@TemplateExtension
public final class ListingStructuredData {

  /** The placeholder a search engine fills in with the reader's words (schema.org SearchAction). */
  static final String SEARCH_TERM = "search_term_string";

  private ListingStructuredData() {}

  /** The escaped JSON-LD document of a language's home page. */
  static RawString structuredData(FrontPage front, Page page) {
    String lang = page.language().code();
    ObjectNode target =
        StructuredData.node("EntryPoint")
            .put("urlTemplate", page.absolute("/" + lang + "/search?q={" + SEARCH_TERM + "}"));
    ObjectNode search =
        StructuredData.node("SearchAction").put("query-input", "required name=" + SEARCH_TERM);
    search.set("target", target);
    ObjectNode site =
        StructuredData.node("WebSite")
            .put("@id", page.canonical() + "#website")
            .put("name", page.siteName())
            .put("url", page.canonical())
            .put("inLanguage", lang);
    site.set("potentialAction", search);
    ObjectNode publisher = StructuredData.publisher(page);
    site.set("publisher", StructuredData.node("NewsMediaOrganization").put("@id", id(publisher)));
    return StructuredData.script(site, publisher);
  }

  /** The escaped JSON-LD document of a listing page: home, then the listing. */
  static RawString structuredData(Listing listing, Page page) {
    String own = page.absolute(listing.path());
    return StructuredData.script(
        StructuredData.breadcrumbs(page, List.of(new Crumb(listing.name(), own))));
  }

  private static String id(ObjectNode node) {
    return node.get("@id").asText();
  }
}
