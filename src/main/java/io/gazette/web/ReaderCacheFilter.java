package io.gazette.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Makes reader pages cheap to serve again: renders them here so that the ETag is the page's own
 * fingerprint, answers a matching If-None-Match with 304, and lets shared caches keep them.
 */
@Provider
@ReaderPage
public class ReaderCacheFilter implements ContainerResponseFilter {

  static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String rendered = rendered(response.getEntity());
    if (response.getStatus() != 200 || rendered == null) {
      return;
    }
    byte[] html = rendered.getBytes(StandardCharsets.UTF_8);
    String etag = fingerprint(html);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
      response.setStatusInfo(Response.Status.NOT_MODIFIED);
      response.setEntity(null);
      return;
    }
    response.setEntity(html, new java.lang.annotation.Annotation[0], HTML);
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
