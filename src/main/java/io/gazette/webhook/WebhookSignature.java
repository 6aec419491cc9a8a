package io.gazette.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Gazette-Signature} header: {@code sha256=} and the hex HMAC-SHA256 of the exact body
 * bytes with the hook's secret. The receiver recomputes it and compares in constant time.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Gazette-Signature";
  public static final String TIMESTAMP_HEADER = "X-Gazette-Timestamp";
  public static final String EVENT_HEADER = "X-Gazette-Event";
  public static final String DELIVERY_HEADER = "X-Gazette-Delivery";

  private WebhookSignature() {}

  /** The header value for a body. */
  public static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException missingAlgorithm) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", missingAlgorithm);
    }
  }
}
