package io.gazette.web;

import io.gazette.i18n.Language;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the layout needs around every reader page: language, head links, navigation, header.
 *
 * @param language the page's language
 * @param zone the zone dates are shown in
 * @param siteName the site's name
 * @param canonical absolute canonical URL
 * @param alternates every language version of the page, itself included
 * @param xDefault absolute URL for {@code hreflang="x-default"}
 * @param sections the navigation
 * @param appUrl where to download the app, if configured
 * @param noindex whether search engines must not index the page (then the head has no canonical,
 *     alternates or Open Graph URL)
 * @param base the absolute base of links, without a trailing slash, as in {@code canonical}
 * @param feeds the feeds advertised in the head (RSS and Atom of a home, section or tag page)
 */
public record Page(
    Language language,
    ZoneId zone,
    String siteName,
    String canonical,
    List<Alternate> alternates,
    String xDefault,
    List<NavSection> sections,
    Optional<String> appUrl,
    boolean noindex,
    String base,
    List<FeedLink> feeds) {

  /** A page that advertises no feed. */
  public Page(
      Language language,
      ZoneId zone,
      String siteName,
      String canonical,
      List<Alternate> alternates,
      String xDefault,
      List<NavSection> sections,
      Optional<String> appUrl,
      boolean noindex,
      String base) {
    this(
        language,
        zone,
        siteName,
        canonical,
        alternates,
        xDefault,
        sections,
        appUrl,
        noindex,
        base,
        List.of());
  }

  /** This page advertising these feeds in its head. */
  public Page withFeeds(List<FeedLink> links) {
    return new Page(
        language,
        zone,
        siteName,
        canonical,
        alternates,
        xDefault,
        sections,
        appUrl,
        noindex,
        base,
        List.copyOf(links));
  }

  /** The absolute URL of a path of the site, such as a picture's address for link previews. */
  public String absolute(String path) {
    return base + path;
  }

  /** The same page, kept out of search engines' indexes (search results). */
  public Page unindexed() {
    return new Page(
        language, zone, siteName, canonical, List.of(), xDefault, sections, appUrl, true, base);
  }

  /** The current year in the site's zone, for the footer. */
  public int year() {
    return java.time.Year.now(zone).getValue();
  }

  /** The page's {@code og:locale}, as {@link OpenGraph#locale} derives it. */
  public String ogLocale() {
    return OpenGraph.locale(language);
  }

  /** The {@code og:locale:alternate} of each other language in which the page exists. */
  public List<String> ogAlternateLocales() {
    return toggles().stream().map(toggle -> OpenGraph.locale(toggle.language())).toList();
  }

  /** Links to the page in the other languages in which it exists. */
  public List<Alternate> toggles() {
    return alternates.stream().filter(alternate -> !alternate.current()).toList();
  }
}
