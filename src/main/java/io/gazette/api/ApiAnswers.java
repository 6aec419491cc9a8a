package io.gazette.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 200 answers of the public API with the headers that describe them: Content-Language and
 * Last-Modified. ETag, Cache-Control and the Link headers of lists are added by {@link
 * ApiCacheFilter}.
 */
public final class ApiAnswers {

  private ApiAnswers() {}

  /**
   * An answer in {@code lang} (null when it has no language) whose newest content dates from {@code
   * lastModified} (null when it holds no dated content).
   */
  public static <T> RestResponse<T> ok(T body, String lang, Instant lastModified) {
    var answer = RestResponse.ResponseBuilder.ok(body);
    if (lang != null) {
      answer.header(HttpHeaders.CONTENT_LANGUAGE, lang);
    }
    if (lastModified != null) {
      answer.header(HttpHeaders.LAST_MODIFIED, Validators.httpDate(lastModified));
    }
    return answer.build();
  }
}
