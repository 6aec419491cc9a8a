package io.gazette.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps one client from monopolizing the public API: each client address may make so many requests
 * to {@code /api/v1} a minute (a token bucket, refilled greedily); beyond that it gets 429 with
 * {@code Retry-After}.
 */
public class ApiThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final String PUBLIC_API = "/api/v1/";

  private final int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(200_000).build();

  ApiThrottle(GazetteConfig config) {
    this.perMinute = config.api().requestsPerMinute();
  }

  /** Counts the request against its client; answers 429 when the client has none left. */
  @ServerRequestFilter(preMatching = true)
  public Response limit(HttpServerRequest request) {
    if (!request.path().startsWith(PUBLIC_API)) {
      return null;
    }
    String address = request.remoteAddress() == null ? "" : request.remoteAddress().host();
    ConsumptionProbe probe = buckets.get(address, this::bucket).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return null;
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    Problem problem =
        Problem.of(
            ProblemType.TOO_MANY_REQUESTS, "Too many requests from this client; wait a while.");
    return Response.status(429)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .entity(problem.at(request.path()))
        .build();
  }

  private Bucket bucket(String address) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
        .build();
  }
}
