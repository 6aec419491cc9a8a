package io.gazette.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Makes reader pages cheap to serve again: a fresh rendered copy is answered from the {@link
 * PageCache} without touching the database, every page carries its own fingerprint as ETag, a
 * matching If-None-Match gets 304, and shared caches may keep the page for a minute.
 */
@Provider
@ReaderPage
public class ReaderCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
  private static final String FROM_CACHE = ReaderCacheFilter.class.getName() + ".hit";

  private final PageCache cache;

  ReaderCacheFilter(PageCache cache) {
    this.cache = cache;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        && !HttpMethod.HEAD.equals(request.getMethod())) {
      return;
    }
    cache
        .get(key(request))
        .ifPresent(
            page -> {
              request.setProperty(FROM_CACHE, Boolean.TRUE);
              request.abortWith(answer(request, page));
            });
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String rendered = rendered(response.getEntity());
    if (request.getProperty(FROM_CACHE) != null
        || response.getStatus() != 200
        || rendered == null) {
      return;
    }
    byte[] html = rendered.getBytes(StandardCharsets.UTF_8);
    var page = new PageCache.CachedPage(html, fingerprint(html));
    cache.put(key(request), page);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
    } else {
      response.setEntity(html, new Annotation[0], HTML);
    }
  }

  private static Response answer(ContainerRequestContext request, PageCache.CachedPage page) {
    boolean unchanged = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag());
    var answer = unchanged ? Response.notModified() : Response.ok(page.html(), HTML);
    return answer
        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
        .header(HttpHeaders.ETAG, page.etag())
        .build();
  }

  private static String key(ContainerRequestContext request) {
    var uri = request.getUriInfo().getRequestUri();
    return uri.getRawQuery() == null
        ? uri.getRawPath()
        : uri.getRawPath() + "?" + uri.getRawQuery();
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
