package io.gazette.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of IP address a webhook would reach, and how a host name writes one literally: the rule
 * behind {@link WebhookTargets}.
 */
final class WebhookAddresses {

  /** Kinds of address: reachable by hooks, internal (allowed on request), or never a target. */
  enum Kind {
    PUBLIC,
    /** Loopback, private, shared (CGNAT), link-local, unique-local, documentation, transition. */
    INTERNAL,
    /** Unspecified, multicast, reserved and broadcast: no host to post to. */
    NEVER
  }

  /** One label of a numeric IPv4 host as inet_aton reads it: decimal, 0-octal or 0x-hex. */
  private static final Pattern NUMERIC = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

  private WebhookAddresses() {}

  /**
   * The address a host writes literally, in any notation a resolver reads (inet_aton: {@code
   * 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1}; bracketed IPv6); empty when it
   * is a name. The JDK reads some of these otherwise (0177 as decimal) or not at all, so they are
   * read here, the way the C resolver would, and the connection goes to what was read here.
   *
   * @throws UnknownHostException when it looks numeric but is no address
   */
  static Optional<InetAddress> literal(String host) throws UnknownHostException {
    if (host.startsWith("[")) {
      int zone = host.indexOf('%');
      String bare = zone < 0 ? host : host.substring(0, zone) + "]";
      return Optional.of(InetAddress.getByName(bare)); // bracketed: never a DNS lookup
    }
    String[] labels = host.split("\\.", -1);
    for (String label : labels) {
      if (!NUMERIC.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    if (labels.length > 4) {
      throw new UnknownHostException(host);
    }
    return Optional.of(InetAddress.getByAddress(ipv4(host, labels)));
  }

  private static byte[] ipv4(String host, String[] labels) throws UnknownHostException {
    long value = 0;
    try {
      for (int i = 0; i < labels.length; i++) {
        long part = number(labels[i]);
        int bits = i < labels.length - 1 ? 8 : 8 * (4 - i);
        if (part >= 1L << bits) {
          throw new UnknownHostException(host);
        }
        value = i < labels.length - 1 ? value | part << 8 * (3 - i) : value | part;
      }
    } catch (NumberFormatException malformed) {
      throw new UnknownHostException(host);
    }
    return new byte[] {
      (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value
    };
  }

  private static long number(String label) {
    if (label.length() > 12) {
      throw new NumberFormatException(label);
    }
    if (label.startsWith("0x") || label.startsWith("0X")) {
      return label.length() == 2 ? 0 : Long.parseLong(label.substring(2), 16);
    }
    return label.length() > 1 && label.startsWith("0")
        ? Long.parseLong(label.substring(1), 8)
        : Long.parseLong(label);
  }

  /** The kind of an address, IPv4 forms embedded in IPv6 judged as the IPv4 they carry. */
  static Kind kind(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? kind4(b, 0) : kind6(b);
  }

  private static Kind kind4(byte[] b, int at) {
    int a = b[at] & 0xff;
    int n = b[at + 1] & 0xff;
    int c = b[at + 2] & 0xff;
    if (a == 0 || a >= 224) {
      return Kind.NEVER; // 0/8, multicast 224/4, reserved 240/4 with 255.255.255.255
    }
    boolean internal =
        a == 10
            || a == 127
            || a == 100 && (n & 0xc0) == 64
            || a == 169 && n == 254
            || a == 172 && (n & 0xf0) == 16
            || a == 192 && n == 168
            || a == 192 && n == 0 && (c == 0 || c == 2)
            || a == 192 && n == 88 && c == 99
            || a == 198 && (n & 0xfe) == 18
            || a == 198 && n == 51 && c == 100
            || a == 203 && n == 0 && c == 113;
    return internal ? Kind.INTERNAL : Kind.PUBLIC;
  }

  private static Kind kind6(byte[] b) {
    int w0 = word(b, 0);
    int w1 = word(b, 2);
    if (zero(b, 0, 12)) { // :: and ::a.b.c.d (IPv4-compatible); ::1 is loopback
      return zero(b, 12, 15) && b[15] == 1 ? Kind.INTERNAL : kind4(b, 12);
    }
    boolean mapped = zero(b, 0, 10) && word(b, 10) == 0xffff; // ::ffff:a.b.c.d
    boolean translated = zero(b, 0, 8) && word(b, 8) == 0xffff && word(b, 10) == 0;
    boolean nat64 = w0 == 0x64 && w1 == 0xff9b && zero(b, 4, 12); // 64:ff9b::/96
    if (mapped || translated || nat64) {
      return kind4(b, 12);
    }
    if (w0 == 0x2002) {
      return kind4(b, 2); // 6to4 carries its IPv4 address in bits 16-47
    }
    if ((w0 & 0xff00) == 0xff00) {
      return Kind.NEVER; // multicast
    }
    boolean internal =
        (w0 & 0xfe00) == 0xfc00 // unique-local fc00::/7
            || (w0 & 0xffc0) == 0xfe80 // link-local fe80::/10
            || (w0 & 0xffc0) == 0xfec0 // the former site-local fec0::/10
            || w0 == 0x64 && w1 == 0xff9b // local-use NAT64 64:ff9b:1::/48
            || w0 == 0x2001 && (w1 == 0 || w1 == 0xdb8) // Teredo, documentation
            || w0 == 0x100 && zero(b, 2, 8); // discard-only 100::/64
    if (internal) {
      return Kind.INTERNAL;
    }
    return (w0 & 0xe000) == 0x2000 ? Kind.PUBLIC : Kind.NEVER; // only 2000::/3 is allocated
  }

  private static int word(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
