package io.gazette.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers that reader endpoints throw instead of rendering: redirects and refusals. */
public final class ReaderResponses {

  private ReaderResponses() {}

  /** A 301 to {@code path} on this site, for links that moved for good. */
  public static RedirectionException movedPermanently(String path) {
    return new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create(path));
  }

  /** The page number of a listing: absent means 1, anything but a positive number is refused. */
  public static int pageNumber(String raw) {
    if (raw == null || raw.isEmpty()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(raw);
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException notANumber) {
      // Refused below, like any other unreadable value.
    }
    throw new BadRequestException("page must be a positive whole number");
  }
}
