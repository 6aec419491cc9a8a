package io.gazette.web;

import io.gazette.GazetteConfig;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.ReaderMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the {@link Page} around reader content: head links, toggles, navigation, header. */
@ApplicationScoped
public class Layout {

  private final GazetteConfig config;
  private final Languages languages;
  private final Navigation navigation;
  private final ZoneId zone;
  private final Map<String, String> toggleLabels;

  Layout(GazetteConfig config, Languages languages, Navigation navigation) {
    this.config = config;
    this.languages = languages;
    this.navigation = navigation;
    this.zone = config.timezone();
    this.toggleLabels =
        languages.all().stream().collect(Collectors.toMap(Language::code, Layout::toggleLabel));
  }

  /**
   * A page in {@code language} whose versions live at {@code paths} (language code to path, the
   * page's own included); x-default is the default language's version, or else the page itself.
   * Every reader page follows this one rule, homes included: {@code /} only redirects (303) and
   * belongs to no cluster.
   */
  public Page page(Language language, Map<String, String> paths, UriInfo uri) {
    String own = paths.get(language.code());
    return page(language, paths, paths.getOrDefault(languages.defaultLanguage().code(), own), uri);
  }

  private Page page(
      Language language, Map<String, String> paths, String xDefaultPath, UriInfo uri) {
    String base = baseUrl(uri);
    List<Alternate> alternates =
        languages.all().stream()
            .filter(other -> paths.containsKey(other.code()))
            .map(
                other ->
                    new Alternate(
                        other,
                        base + paths.get(other.code()),
                        toggleLabels.get(other.code()),
                        other.equals(language)))
            .toList();
    return new Page(
        language,
        zone,
        config.siteName(),
        base + paths.get(language.code()),
        alternates,
        base + xDefaultPath,
        navigation.sections(language.code()),
        config.appUrl(),
        false,
        base);
  }

  /**
   * The page advertising the RSS and Atom feeds of the listing at {@code path} in its head, titled
   * {@code feedTitle} (see {@link FeedTitles}).
   */
  public Page withFeeds(Page page, String path, String feedTitle) {
    ReaderMessages messages = Bundles.in(ReaderMessages.class, page.language());
    return page.withFeeds(
        List.of(
            new FeedLink(
                FeedLink.RSS, messages.rssFeed(feedTitle), page.absolute(FeedLink.rssPath(path))),
            new FeedLink(
                FeedLink.ATOM,
                messages.atomFeed(feedTitle),
                page.absolute(FeedLink.atomPath(path)))));
  }

  /**
   * The hreflang versions of a page whose versions live at {@code paths}, as {@link #page} links
   * them in its head: the site's languages in their order, then {@code x-default} (the default
   * language's version, or else the page in {@code own}). Sitemaps list the same.
   */
  public Map<String, String> hreflangs(Map<String, String> paths, String own) {
    Map<String, String> links = new java.util.LinkedHashMap<>();
    languages.all().stream()
        .filter(other -> paths.containsKey(other.code()))
        .forEach(other -> links.put(other.code(), paths.get(other.code())));
    links.put("x-default", paths.getOrDefault(languages.defaultLanguage().code(), paths.get(own)));
    return links;
  }

  /** A page that exists only in its own language and must not be indexed, like an error page. */
  public Page errorPage(Language language, UriInfo uri) {
    String base = baseUrl(uri);
    String home = "/" + language.code() + "/";
    return new Page(
        language,
        zone,
        config.siteName(),
        base + home,
        List.of(),
        base + "/",
        navigation.sections(language.code()),
        config.appUrl(),
        true,
        base);
  }

  /** The absolute base of links: configured, or else taken from the request. */
  public String baseUrl(UriInfo uri) {
    String base = config.baseUrl().orElseGet(() -> uri.getBaseUri().toString());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String toggleLabel(Language language) {
    return Bundles.in(ReaderMessages.class, language).readInThisLanguage();
  }
}
