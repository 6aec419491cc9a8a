package io.gazette.web;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Error pages for readers, in the site's style and the request's language, never a trace. */
public class ErrorPages {

  private static final Logger LOG = Logger.getLogger(ErrorPages.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance error(Page page, int status);
  }

  private final Languages languages;
  private final Layout layout;

  ErrorPages(Languages languages, Layout layout) {
    this.languages = languages;
    this.layout = layout;
  }

  @ServerExceptionMapper
  public Response refused(WebApplicationException refusal, UriInfo uri, HttpHeaders headers) {
    int status = refusal.getResponse().getStatus();
    if ((status != 404 && status != 400) || !isReaderPath(uri)) {
      return refusal.getResponse();
    }
    return page(status, uri, headers);
  }

  /**
   * A request the HTTP layer cannot read, such as a form body with broken percent-encoding, is the
   * client's error: 400, not a failure of ours. (The comment form answers it itself.)
   */
  @ServerExceptionMapper
  public Response unreadable(IllegalArgumentException broken, UriInfo uri, HttpHeaders headers) {
    LOG.debugf("Unreadable request %s: %s", uri.getRequestUri(), broken.getMessage());
    if (!isReaderPath(uri)) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    return page(400, uri, headers);
  }

  @ServerExceptionMapper
  public Response failed(RuntimeException failure, UriInfo uri, HttpHeaders headers) {
    int status = tooManyFormFields(failure) ? 400 : 500;
    if (status == 400) {
      LOG.debugf("Refused %s: %s", uri.getRequestUri(), failure.getMessage());
    } else {
      LOG.errorf(failure, "Failed to answer %s", uri.getRequestUri());
    }
    if (!isReaderPath(uri)) {
      return Response.status(status).build();
    }
    return page(status, uri, headers);
  }

  /**
   * RESTEasy Reactive refuses a form of more than 1,000 fields with a bare RuntimeException thrown
   * by its form parser: the client's doing, so a 400 like any unreadable body.
   */
  private static boolean tooManyFormFields(RuntimeException failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    return failure.getClass() == RuntimeException.class
        && trace.length > 0
        && trace[0].getClassName().endsWith(".multipart.FormData")
        && String.valueOf(failure.getMessage()).startsWith("Param limit");
  }

  /** A reader's request that lost a race with another (see conflict/ConflictAnswers): 409. */
  public Response conflict(UriInfo uri, HttpHeaders headers) {
    // Answers a POST, about this moment only: never cached.
    return Response.fromResponse(page(409, uri, headers))
        .header(HttpHeaders.CACHE_CONTROL, null)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private Response page(int status, UriInfo uri, HttpHeaders headers) {
    Language language = languageOf(uri, headers);
    TemplateInstance page =
        Templates.error(layout.errorPage(language, uri), status).setLocale(language.locale());
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, status == 500 ? "no-store" : "public, max-age=60")
        .header(HttpHeaders.VARY, "Cookie, Accept-Language")
        .entity(page)
        .build();
  }

  /**
   * The language of the path when it names one, else the reader's own. The raw path is read: the
   * decoded one must not be decoded again ({@code /fr/%25} would fail), and language codes are
   * plain ASCII.
   */
  private Language languageOf(UriInfo uri, HttpHeaders headers) {
    String path = uri.getRequestUri().getRawPath();
    int end = path.indexOf('/', 1);
    String first = path.length() <= 1 ? null : path.substring(1, end < 0 ? path.length() : end);
    Cookie chosen = headers.getCookies().get("lang");
    return languages
        .find(first)
        .orElseGet(
            () ->
                languages.readerLanguage(
                    chosen == null ? null : chosen.getValue(),
                    headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  private static boolean isReaderPath(UriInfo uri) {
    String path = uri.getRequestUri().getRawPath();
    return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.equals("/api");
  }
}
