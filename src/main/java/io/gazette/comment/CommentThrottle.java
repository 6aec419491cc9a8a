package io.gazette.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down comment floods: each client address and each email may send a few comments in ten
 * minutes (token buckets, refilled greedily), whether through the form or the app.
 */
@ApplicationScoped
public class CommentThrottle {

  static final Duration WINDOW = Duration.ofMinutes(10);

  private final int perAddress;
  private final int perEmail;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(200_000).build();

  CommentThrottle(GazetteConfig config) {
    this.perAddress = config.comments().maxPerAddress();
    this.perEmail = config.comments().maxPerEmail();
  }

  /**
   * Counts one comment against the address and the email; when either has none left, counts nothing
   * and tells how long until it may send again.
   */
  public synchronized Optional<Duration> acquire(String address, String email) {
    Bucket byAddress = bucket("address:" + address, perAddress);
    Bucket byEmail = bucket("email:" + email.toLowerCase(Locale.ROOT), perEmail);
    long wait = Math.max(waitNanos(byAddress), waitNanos(byEmail));
    if (wait > 0) {
      return Optional.of(Duration.ofNanos(wait));
    }
    byAddress.tryConsume(1);
    byEmail.tryConsume(1);
    return Optional.empty();
  }

  private static long waitNanos(Bucket bucket) {
    return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
  }

  private Bucket bucket(String key, int comments) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder().capacity(comments).refillGreedy(comments, WINDOW).build())
                .build());
  }
}
