package io.gazette.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing: after five failed sign-ins for one username, or from one address,
 * within five minutes, further attempts are refused until the bucket refills.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final int perUser;
  private final int perAddress;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(100_000).build();

  SignInThrottle(GazetteConfig config) {
    this.perUser = config.signIn().maxFailuresPerUser();
    this.perAddress = config.signIn().maxFailuresPerAddress();
  }

  /** Whether the username or the address has used up its attempts. */
  public boolean blocked(String username, String address) {
    return bucket(userKey(username), perUser).getAvailableTokens() <= 0
        || bucket(addressKey(address), perAddress).getAvailableTokens() <= 0;
  }

  /** Counts one failed attempt against the username and the address. */
  public void failed(String username, String address) {
    bucket(userKey(username), perUser).tryConsume(1);
    bucket(addressKey(address), perAddress).tryConsume(1);
  }

  private Bucket bucket(String key, int attempts) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder().capacity(attempts).refillGreedy(attempts, WINDOW).build())
                .build());
  }

  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
