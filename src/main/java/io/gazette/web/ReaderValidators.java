package io.gazette.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** The validators of reader answers: fingerprints as ETags, HTTP dates, conditional requests. */
final class ReaderValidators {

  // HTTP dates have a two-digit day, which RFC_1123_DATE_TIME does not write.
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private ReaderValidators() {}

  /** The ETag of a body from its CRC32C and its length. */
  static String fingerprint(long crc, long length) {
    return "\"" + Long.toHexString(crc) + "-" + Long.toHexString(length) + "\"";
  }

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  /**
   * Whether the reader's copy is still the one cached: If-None-Match decides when it is sent, else
   * If-Modified-Since (RFC 9110 §13.1.3). A cached copy is the same as long as it stays cached:
   * every change readers see empties the cache.
   */
  static boolean unchanged(ContainerRequestContext request, PageCache.CachedPage page) {
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      return matches(ifNoneMatch, page.etag());
    }
    String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      Instant since =
          ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !page.modified().isAfter(since);
    } catch (DateTimeParseException unreadable) {
      return false; // An unreadable date is ignored, as RFC 9110 asks.
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
  }
}
