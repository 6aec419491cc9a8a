package io.gazette.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

/** The validators of JSON answers: strong ETags and the conditional GET checks (RFC 9110 §13). */
final class Validators {

  private Validators() {}

  /** A strong ETag: the first 128 bits of the SHA-256 of the bytes, quoted. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      byte[] half = Arrays.copyOf(digest, 16);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(half) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java has SHA-256", impossible);
    }
  }

  /** The Last-Modified value of an instant: an HTTP date, to the second. */
  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  /**
   * Whether the client's copy is current: If-None-Match decides when it is sent (weak comparison,
   * as RFC 9110 asks for GET); otherwise If-Modified-Since, trusted only when nothing at all has
   * changed since that date, because an answer's newest date can go back (an article unpublished
   * from a list, a comment removed).
   */
  static boolean notModified(
      ContainerRequestContext request, ApiCache.Answer answer, Instant lastChange) {
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      return matches(ifNoneMatch, answer.etag());
    }
    Instant since = parse(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    Instant modified = parse(answer.headers().get(HttpHeaders.LAST_MODIFIED));
    return since != null
        && modified != null
        && !since.isAfter(Instant.now())
        && !modified.isAfter(since)
        && !lastChange.isAfter(since);
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
  }

  private static Instant parse(String httpDate) {
    if (httpDate == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(httpDate.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException malformed) {
      return null;
    }
  }
}
