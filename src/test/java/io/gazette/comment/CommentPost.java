package io.gazette.comment;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A reader's comment form as a browser sends it: fields percent-encoded in UTF-8, from a client
 * address of its own (X-Forwarded-For), so that tests never share a rate limit.
 */
final class CommentPost {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final String path;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private byte[] raw = new byte[0];
  private String address = freshAddress();

  private CommentPost(String path) {
    this.path = path;
  }

  /** A valid comment on the article at {@code articlePath}, with a valid stamp. */
  static CommentPost valid(String articlePath, String stamp) {
    String mark = io.gazette.Fixtures.mark();
    return new CommentPost(articlePath + "/comments")
        .with("name", "Reader " + mark)
        .with("email", "reader-" + mark + "@example.com")
        .with("body", "A thoughtful comment, number " + mark + ".")
        .with("stamp", stamp)
        .with("website", "");
  }

  /** A random documentation address (2001:db8::/32), a new client for the rate limit. */
  static String freshAddress() {
    var random = ThreadLocalRandom.current();
    return "2001:db8:"
        + Integer.toHexString(random.nextInt(0x10000))
        + "::"
        + Long.toHexString(random.nextLong() & 0xffffffffL);
  }

  CommentPost with(String field, String value) {
    fields.put(field, value);
    return this;
  }

  CommentPost without(String field) {
    fields.remove(field);
    return this;
  }

  /** Bytes appended as they are, after the encoded fields: to send what no browser would. */
  CommentPost rawField(String field, byte[] value) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(raw);
    out.writeBytes(("&" + field + "=").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(value);
    raw = out.toByteArray();
    return this;
  }

  CommentPost from(String clientAddress) {
    this.address = clientAddress;
    return this;
  }

  String address() {
    return address;
  }

  Response send() {
    return given()
        .config(
            RestAssured.config()
                .encoderConfig(
                    encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(FORM, ContentType.BINARY)))
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", address)
        .contentType(FORM)
        .body(body())
        .when()
        .post(path)
        .then()
        .extract()
        .response();
  }

  private byte[] body() {
    StringBuilder encoded = new StringBuilder();
    fields.forEach(
        (field, value) -> {
          if (encoded.length() > 0) {
            encoded.append('&');
          }
          encoded
              .append(field)
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    var out = new ByteArrayOutputStream();
    out.writeBytes(encoded.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(raw);
    return out.toByteArray();
  }
}
