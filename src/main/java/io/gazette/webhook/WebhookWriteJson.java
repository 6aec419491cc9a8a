package io.gazette.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook to register.
 *
 * @param url an absolute http or https URL, without credentials, to a public address
 * @param secret the HMAC-SHA256 key of the signatures, 16 to 200 characters; shown only now
 * @param events what it receives: {@code breaking} (the default) and or {@code publish}
 */
@Schema(name = "AdminWebhookWrite")
public record WebhookWriteJson(
    @Schema(required = true, example = "https://push.example.mu/gazette") String url,
    @Schema(required = true, example = "a-long-random-shared-secret") String secret,
    @Schema(example = "[\"breaking\", \"publish\"]") List<String> events) {

  static final String EXAMPLE =
      "{\"url\": \"https://push.example.mu/gazette\", \"secret\": \"a-long-random-shared-secret\","
          + " \"events\": [\"breaking\"]}";
}
