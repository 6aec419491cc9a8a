package io.gazette.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a form post comes from a page of this site: the sign-in form has no session yet, hence no
 * CSRF token, so its defence against login CSRF (another site signing a browser in to an account of
 * its choosing) is the {@code Origin} header, or {@code Referer} when a browser sends no Origin.
 * Every browser sends one of them with a cross-site post; a request with neither comes from a
 * program (curl, a test), which could send any header anyway, and is let through.
 */
final class SameOrigin {

  private SameOrigin() {}

  /** Whether the request's Origin, else its Referer, names the origin the request was sent to. */
  static boolean allowed(HttpServerRequest request) {
    String claimed = claimed(request);
    if (claimed == null) {
      return true;
    }
    String own = own(request);
    return own != null && own.equals(of(claimed));
  }

  /** Where the request says it was sent from: its Origin, else its Referer, else null. */
  static String claimed(HttpServerRequest request) {
    String origin = request.getHeader("Origin");
    return origin != null ? origin : request.getHeader("Referer");
  }

  /** The origin the request was sent to, as the server sees it (behind a proxy, as forwarded). */
  private static String own(HttpServerRequest request) {
    HostAndPort authority = request.authority();
    if (authority == null) {
      return null;
    }
    String host = authority.host();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return origin(request.scheme(), authority.port() >= 0 ? host + ":" + authority.port() : host);
  }

  /** The scheme, host and port of a URL ("null" and unreadable values have none). */
  private static String of(String url) {
    try {
      URI uri = new URI(url.strip());
      return uri.getScheme() == null || uri.getRawAuthority() == null
          ? null
          : origin(uri.getScheme(), uri.getRawAuthority());
    } catch (URISyntaxException unreadable) {
      return null;
    }
  }

  private static String origin(String scheme, String authority) {
    if (scheme == null || authority == null || authority.contains("@")) {
      return null;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    String host = authority.toLowerCase(Locale.ROOT);
    String defaultPort = lower.equals("https") ? ":443" : lower.equals("http") ? ":80" : null;
    if (defaultPort != null && host.endsWith(defaultPort)) {
      host = host.substring(0, host.length() - defaultPort.length());
    }
    return lower + "://" + host;
  }
}
