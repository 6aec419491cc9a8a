package io.gazette.web;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed times at which a comment form was served, so that a form sent back sooner than a person
 * could fill it, or never served at all, is told apart without a cookie or a session.
 */
@ApplicationScoped
public class FormStamps {

  /** Stands for the stamp in a cached page; every copy served gets a fresh stamp in its place. */
  public static final String PLACEHOLDER = "form-stamp-placeholder";

  /** A form's stamp, checked. */
  public enum Check {
    /** Served long enough ago, and not too long. */
    ACCEPTED,
    /** Sent back sooner than a person fills a form. */
    TOO_FAST,
    /** Served so long ago (or before a restart) that it is refused; the form is served again. */
    EXPIRED,
    /** Missing or forged. */
    INVALID
  }

  static final Duration MAX_AGE = Duration.ofHours(12);
  private static final byte[] PLACEHOLDER_BYTES = PLACEHOLDER.getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec key;
  private volatile Current current;
  private final Duration minFill;

  FormStamps(GazetteConfig config) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.minFill = Duration.ofSeconds(config.comments().minFillSeconds());
  }

  /** A stamp for a form served now. */
  public String issue() {
    return issue(Instant.now());
  }

  /** A stamp for a form served at {@code at}. */
  public String issue(Instant at) {
    String seconds = Long.toString(at.getEpochSecond());
    return seconds + "." + sign(seconds);
  }

  /** Whether a stamp sent back now is acceptable. */
  public Check check(String stamp) {
    return check(stamp, Instant.now());
  }

  Check check(String stamp, Instant now) {
    int dot = stamp == null ? -1 : stamp.indexOf('.');
    if (dot <= 0) {
      return Check.INVALID;
    }
    String seconds = stamp.substring(0, dot);
    if (seconds.length() > 12 || !seconds.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Check.INVALID;
    }
    byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, sign(seconds).getBytes(StandardCharsets.US_ASCII))) {
      return Check.INVALID;
    }
    Instant served = Instant.ofEpochSecond(Long.parseLong(seconds));
    if (now.isBefore(served.plus(minFill))) {
      return Check.TOO_FAST;
    }
    return now.isAfter(served.plus(MAX_AGE)) ? Check.EXPIRED : Check.ACCEPTED;
  }

  /**
   * The page with a fresh stamp in place of the placeholder at {@code at} (found once, when the
   * page was rendered, by {@link #placeholderAt}).
   */
  public byte[] stampPage(byte[] html, int at) {
    byte[] stamp = currentStamp();
    byte[] out = new byte[html.length - PLACEHOLDER_BYTES.length + stamp.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(stamp, 0, out, at, stamp.length);
    int after = at + PLACEHOLDER_BYTES.length;
    System.arraycopy(html, after, out, at + stamp.length, html.length - after);
    return out;
  }

  /** Where the placeholder starts in a rendered page, or -1. */
  public static int placeholderAt(byte[] html) {
    outer:
    for (int i = 0; i <= html.length - PLACEHOLDER_BYTES.length; i++) {
      for (int j = 0; j < PLACEHOLDER_BYTES.length; j++) {
        if (html[i + j] != PLACEHOLDER_BYTES[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** This second's stamp, signed once per second however many pages are served in it. */
  private byte[] currentStamp() {
    long now = Instant.now().getEpochSecond();
    Current current = this.current;
    if (current == null || current.second() != now) {
      current =
          new Current(now, issue(Instant.ofEpochSecond(now)).getBytes(StandardCharsets.US_ASCII));
      this.current = current;
    }
    return current.stamp();
  }

  private record Current(long second, byte[] stamp) {}

  private String sign(String seconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] signature = mac.doFinal(seconds.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
