package io.gazette.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Slows down password guessing without handing strangers a way to lock a member out. Within five
 * minutes it allows five failed sign-ins for one username from one address, fifty from one address
 * whatever the usernames, and a hundred for one username from all addresses together (a ceiling for
 * guessing spread over many addresses); past any of them, further attempts are refused until the
 * bucket refills. A stranger's wrong guesses thus block the member only from the stranger's
 * address, unless they come from a hundred addresses at once.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final int perUserAndAddress;
  private final int perAddress;
  private final int perUser;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(100_000).build();

  SignInThrottle(GazetteConfig config) {
    this.perUserAndAddress = config.signIn().maxFailuresPerUser();
    this.perAddress = config.signIn().maxFailuresPerAddress();
    this.perUser = config.signIn().maxFailuresPerUserOverall();
  }

  /** Whether this username from this address, the address or the username has used up its tries. */
  public boolean blocked(String username, String address) {
    return keys(username, address).anyMatch(key -> bucket(key).getAvailableTokens() <= 0);
  }

  /** Counts one failed attempt against each limit. */
  public void failed(String username, String address) {
    keys(username, address).forEach(key -> bucket(key).tryConsume(1));
  }

  private Stream<Key> keys(String username, String address) {
    String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return Stream.of(
        new Key("user+address:" + address + " " + user, perUserAndAddress),
        new Key("address:" + address, perAddress),
        new Key("user:" + user, perUser));
  }

  private Bucket bucket(Key key) {
    return buckets.get(
        key.name(),
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(key.attempts())
                        .refillGreedy(key.attempts(), WINDOW)
                        .build())
                .build());
  }

  private record Key(String name, int attempts) {}
}
