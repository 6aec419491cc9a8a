package io.gazette.web;

import io.gazette.GazetteConfig;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes {@link ReaderPage}s cheap to serve again: a fresh rendered copy is answered from the {@link
 * PageCache} without touching the database, every page carries its own fingerprint as ETag and its
 * rendering time as Last-Modified, a matching If-None-Match (or If-Modified-Since) gets 304, and
 * shared caches may keep the page for a minute. Pages are HTML, feeds or sitemaps: a text entity is
 * kept whole, a streamed one ({@link StreamingOutput}) only when small.
 */
public class ReaderCacheFilter {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
  // A streamed document larger than this is fingerprinted, not kept: it is written again per
  // reader.
  private static final int KEEP_STREAMED_UP_TO = 256 * 1024;
  private static final String KEY = ReaderCacheFilter.class.getName() + ".key";
  // A longer value is keyed by its digest: a 10,000-character search must not make a huge key.
  private static final int MAX_KEYED_VALUE = 1_000;
  private static final String FROM_CACHE = ReaderCacheFilter.class.getName() + ".hit";
  private static final String STAMPED = ReaderCacheFilter.class.getName() + ".stamped";
  private static final String KNOWN = ReaderCacheFilter.class.getName() + ".known";

  private final PageCache cache;
  private final FormStamps stamps;
  private final boolean linksFromRequest;

  ReaderCacheFilter(PageCache cache, FormStamps stamps, GazetteConfig config) {
    this.cache = cache;
    this.stamps = stamps;
    this.linksFromRequest = config.baseUrl().isEmpty();
  }

  /** Answers a reader page from the cache when a fresh copy is there. */
  @ServerRequestFilter
  public Optional<Response> answerFromCache(
      ContainerRequestContext request, ResourceInfo resource) {
    ReaderPage readerPage = readerPage(resource);
    String method = request.getMethod();
    if (readerPage == null || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
      return Optional.empty();
    }
    String key = origin(request) + key(request, readerPage);
    request.setProperty(KEY, key);
    if (readerPage.stamped()) {
      request.setProperty(STAMPED, Boolean.TRUE);
    }
    Optional<PageCache.CachedPage> cached = cache.get(key);
    if (cached.isEmpty()) {
      return Optional.empty();
    }
    PageCache.CachedPage page = cached.get();
    if (page.html() == null && !ReaderValidators.unchanged(request, page)) {
      // Only its fingerprint is kept: the endpoint streams it again, and need not measure it.
      request.setProperty(KNOWN, page);
      return Optional.empty();
    }
    request.setProperty(FROM_CACHE, Boolean.TRUE);
    return Optional.of(answer(request, page));
  }

  /** Keeps a freshly rendered reader page and gives it its validators and cache headers. */
  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    String key = (String) request.getProperty(KEY);
    if (key == null || request.getProperty(FROM_CACHE) != null || response.getStatus() != 200) {
      return;
    }
    MediaType type = typeOf(response.getMediaType());
    PageCache.CachedPage page =
        response.getEntity() instanceof StreamingOutput stream
            ? streamed(request, stream, type)
            : rendered(request, response.getEntity(), type);
    if (page == null) {
      return;
    }
    if (request.getProperty(KNOWN) == null) {
      cache.put(key, page);
    }
    headers(response.getHeaders()::putSingle, page);
    if (ReaderValidators.unchanged(request, page)) {
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
    } else if (page.html() != null) {
      response.setEntity(served(page), new Annotation[0], type);
    } // else the stream itself is the answer, written again as it goes out
  }

  private PageCache.CachedPage rendered(
      ContainerRequestContext request, Object entity, MediaType type) {
    String rendered = rendered(entity);
    if (rendered == null) {
      return null;
    }
    byte[] html = rendered.getBytes(StandardCharsets.UTF_8);
    int stampAt = request.getProperty(STAMPED) == null ? -1 : FormStamps.placeholderAt(html);
    var crc = new CRC32C();
    crc.update(html);
    String etag = ReaderValidators.fingerprint(crc.getValue(), html.length);
    return new PageCache.CachedPage(html, etag, stampAt, type, now());
  }

  /** A streamed document: written once to learn its fingerprint, unless already known. */
  private static PageCache.CachedPage streamed(
      ContainerRequestContext request, StreamingOutput stream, MediaType type) {
    Object known = request.getProperty(KNOWN);
    if (known != null) {
      return (PageCache.CachedPage) known;
    }
    var capture = new StreamCapture(KEEP_STREAMED_UP_TO);
    try {
      stream.write(capture);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PageCache.CachedPage(capture.kept(), capture.etag(), -1, type, now());
  }

  private Response answer(ContainerRequestContext request, PageCache.CachedPage page) {
    boolean unchanged = ReaderValidators.unchanged(request, page);
    var answer = unchanged ? Response.notModified() : Response.ok(served(page), page.type());
    headers(answer::header, page);
    return answer.build();
  }

  private interface Headers {
    void put(String name, Object value);
  }

  private static void headers(Headers headers, PageCache.CachedPage page) {
    headers.put(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    headers.put(HttpHeaders.ETAG, page.etag());
    headers.put(HttpHeaders.LAST_MODIFIED, ReaderValidators.httpDate(page.modified()));
  }

  /** The answer's type with its charset: bodies are always written in UTF-8. */
  private static MediaType typeOf(MediaType declared) {
    if (declared == null) {
      return HTML;
    }
    return declared.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
        ? declared
        : declared.withCharset("UTF-8");
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The copy that leaves: with a fresh form stamp on pages that hold one. */
  private byte[] served(PageCache.CachedPage page) {
    return page.stampAt() < 0 ? page.html() : stamps.stampPage(page.html(), page.stampAt());
  }

  private static ReaderPage readerPage(ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    ReaderPage onMethod = method.getAnnotation(ReaderPage.class);
    return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(ReaderPage.class);
  }

  /**
   * Without a configured base URL, links are built from the request's scheme, host and port: a page
   * asked for over another origin is another page, and must never be served for this one.
   */
  private String origin(ContainerRequestContext request) {
    if (!linksFromRequest) {
      return "";
    }
    var uri = request.getUriInfo().getRequestUri();
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /**
   * The page's identity: its path, its page number on listings, its notice on article pages. Other
   * query parameters change nothing on a reader page, so they must neither fill the cache nor force
   * a fresh rendering.
   */
  private static String key(ContainerRequestContext request, ReaderPage readerPage) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    var query = request.getUriInfo().getQueryParameters();
    String page = readerPage.paged() ? query.getFirst("page") : null;
    String notice = query.getFirst("comment");
    if (notice != null && Arrays.asList(readerPage.notices()).contains(notice)) {
      return path + "?comment=" + notice;
    }
    StringBuilder key = new StringBuilder(path);
    char separator = '?';
    for (String name : readerPage.query()) {
      String value = query.getFirst(name);
      if (value != null) {
        key.append(separator).append(name).append('=').append(encode(value));
        separator = '&';
      }
    }
    return page == null
        ? key.toString()
        : key.append(separator).append("page=").append(page).toString();
  }

  private static String encode(String value) {
    if (value.length() <= MAX_KEYED_VALUE) {
      return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(value.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  /** The page as text; the Qute integration may already have rendered it before this filter. */
  private static String rendered(Object entity) {
    if (entity instanceof TemplateInstance template) {
      return template.render();
    }
    return entity instanceof String text ? text : null;
  }
}
