package io.gazette.webhook;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may post, against server-side request forgery: http or https URLs without
 * credentials whose host, however written and whatever it resolves to, is public addresses only
 * (internal ones too with {@code gazette.webhooks.allow-private}; unspecified, multicast and
 * reserved ones never). Checked at registration and again at every delivery, after resolution.
 */
@ApplicationScoped
class WebhookTargets {

  /**
   * Where a URL points.
   *
   * @param host the host as written, for the Host header and TLS (server name, certificate)
   * @param path the path and query to request
   */
  record Target(boolean https, String host, int port, String path) {}

  /** A target whose host is, or resolves to, an address hooks may not reach. */
  static final class Blocked extends Exception {
    Blocked(String host) {
      super("blocked address: " + host, null, false, false);
    }
  }

  /** Name lookups: the system resolver, or a fixed table in tests. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] all(String name) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  @Inject
  WebhookTargets(GazetteConfig config) {
    this(config.webhooks().allowPrivate(), InetAddress::getAllByName);
  }

  WebhookTargets(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** Why a URL may not be registered ({@code not-http-url}, {@code private-address}), or null. */
  String refusal(String url) {
    Target target = parse(url);
    if (target == null) {
      return "not-http-url";
    }
    try {
      address(target);
      return null;
    } catch (Blocked blocked) {
      return "private-address";
    } catch (UnknownHostException notYetInDns) {
      return null; // the delivery checks it again once it resolves
    }
  }

  /**
   * The address to connect to for a target: its literal address, or the first one its name resolves
   * to once every one of them was checked (so that no answer of the lookup is internal).
   */
  InetAddress address(Target target) throws Blocked, UnknownHostException {
    String name = name(target.host());
    Optional<InetAddress> literal = WebhookAddresses.literal(name);
    if (literal.isEmpty()
        && !allowPrivate
        && (name.equals("localhost") || name.endsWith(".localhost"))) {
      throw new Blocked(name); // RFC 6761: always loopback, whatever a resolver answers
    }
    InetAddress[] all =
        literal.isPresent() ? new InetAddress[] {literal.get()} : resolver.all(name);
    if (all.length == 0) {
      throw new UnknownHostException(name);
    }
    for (InetAddress address : all) {
      if (!allowed(address)) {
        throw new Blocked(name);
      }
    }
    return all[0];
  }

  boolean allowed(InetAddress address) {
    WebhookAddresses.Kind kind = WebhookAddresses.kind(address);
    return kind == WebhookAddresses.Kind.PUBLIC
        || allowPrivate && kind == WebhookAddresses.Kind.INTERNAL;
  }

  /** A URL's target, or null when it is not http(s), has no host, or carries credentials. */
  static Target parse(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean https = scheme.equals("https");
      Target server =
          uri.getHost() != null
              ? new Target(https, uri.getHost(), uri.getPort(), "")
              : numeric(https, uri.getRawAuthority());
      if (!(https || scheme.equals("http")) || uri.getRawUserInfo() != null || server == null) {
        return null;
      }
      int port = server.port() >= 0 ? server.port() : https ? 443 : 80;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      WebhookAddresses.literal(name(server.host())); // a numeric host must be an address
      return new Target(https, server.host(), port, path + query);
    } catch (URISyntaxException | UnknownHostException malformed) {
      return null;
    }
  }

  /**
   * The server of an authority whose numeric host {@link URI} does not take as one ({@code 127.1},
   * {@code 0x7f.1}, {@code 10.0.0.1.}): resolvers read those as addresses, so they are checked and
   * sent to as such rather than refused as malformed. Null for any other authority.
   */
  private static Target numeric(boolean https, String authority) throws UnknownHostException {
    if (authority == null || !authority.matches("[0-9a-fA-FxX.]+(:[0-9]{1,5})?")) {
      return null;
    }
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    int port = colon < 0 ? -1 : Integer.parseInt(authority.substring(colon + 1));
    boolean address = WebhookAddresses.literal(name(host)).isPresent();
    return address && port <= 65535 ? new Target(https, host, port, "") : null;
  }

  /** The host as checked and resolved: lower case, no final dot (the absolute form of a name). */
  private static String name(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }
}
