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
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes {@link ReaderPage}s cheap to serve again: a fresh rendered copy is answered from the {@link
 * PageCache} without touching the database, every page carries its own fingerprint as ETag, a
 * matching If-None-Match gets 304, and shared caches may keep the page for a minute.
 */
public class ReaderCacheFilter {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
  private static final String KEY = ReaderCacheFilter.class.getName() + ".key";
  // A longer value is keyed by its digest: a 10,000-character search must not make a huge key.
  private static final int MAX_KEYED_VALUE = 1_000;
  private static final String FROM_CACHE = ReaderCacheFilter.class.getName() + ".hit";
  private static final String STAMPED = ReaderCacheFilter.class.getName() + ".stamped";

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
    cached.ifPresent(page -> request.setProperty(FROM_CACHE, Boolean.TRUE));
    return cached.map(page -> answer(request, page));
  }

  /** Keeps a freshly rendered reader page and gives it its ETag and cache headers. */
  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    String key = (String) request.getProperty(KEY);
    String rendered = rendered(response.getEntity());
    if (key == null
        || request.getProperty(FROM_CACHE) != null
        || response.getStatus() != 200
        || rendered == null) {
      return;
    }
    byte[] html = rendered.getBytes(StandardCharsets.UTF_8);
    int stampAt = request.getProperty(STAMPED) == null ? -1 : FormStamps.placeholderAt(html);
    var page = new PageCache.CachedPage(html, fingerprint(html), stampAt);
    cache.put(key, page);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
    } else {
      response.setEntity(served(page), new Annotation[0], HTML);
    }
  }

  private Response answer(ContainerRequestContext request, PageCache.CachedPage page) {
    boolean unchanged = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag());
    var answer = unchanged ? Response.notModified() : Response.ok(served(page), HTML);
    return answer
        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
        .header(HttpHeaders.ETAG, page.etag())
        .build();
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

  private static String fingerprint(byte[] html) {
    var crc = new CRC32C();
    crc.update(html);
    return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(html.length) + "\"";
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
  }
}
