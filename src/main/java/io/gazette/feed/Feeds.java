package io.gazette.feed;

import io.gazette.GazetteConfig;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.FeedTitles;
import io.gazette.web.Layout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** Answers a feed request: the language checked, the content read, the document written. */
@ApplicationScoped
class Feeds {

  private final FeedService feeds;
  private final Languages languages;
  private final Layout layout;
  private final String siteName;

  Feeds(FeedService feeds, Languages languages, Layout layout, GazetteConfig config) {
    this.feeds = feeds;
    this.languages = languages;
    this.layout = layout;
    this.siteName = config.siteName();
  }

  /** A language's feed; an unknown language is the site's 404. */
  Response language(String lang, FeedFormat format, UriInfo uri) {
    Language language = language(lang);
    FeedContent content = feeds.language(language.code());
    return answer(content, format, FeedTitles.site(language, siteName), language, uri);
  }

  /** A section's or tag's feed; unknown ones (or a tag with nothing published) are 404. */
  Response label(String lang, String kind, String slug, FeedFormat format, UriInfo uri) {
    Language language = language(lang);
    Optional<FeedContent> found =
        "section".equals(kind) ? feeds.section(lang, slug) : feeds.tag(lang, slug);
    FeedContent content = found.orElseThrow(NotFoundException::new);
    String title =
        "section".equals(kind)
            ? FeedTitles.section(language, siteName, content.name())
            : FeedTitles.tag(language, siteName, content.name());
    return answer(content, format, title, language, uri);
  }

  private Language language(String lang) {
    return languages.find(lang).orElseThrow(NotFoundException::new);
  }

  private Response answer(
      FeedContent content, FeedFormat format, String title, Language language, UriInfo uri) {
    String document =
        FeedWriter.write(content, format, title, language.code(), layout.baseUrl(uri));
    return Response.ok(document, format.mediaType).build();
  }
}
