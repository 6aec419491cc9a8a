package io.gazette.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialized answers of the public JSON API by URL, so that a popular list or article is read from
 * the database once, not once per app. Cleared with the reader pages by {@link
 * PageCache#invalidateAll()}, that is whenever content readers see changes.
 */
@ApplicationScoped
public class ApiCache {

  /**
   * One answer as it leaves.
   *
   * @param json the body
   * @param etag its strong fingerprint, quoted
   * @param headers the other headers that belong to it (Content-Language, Last-Modified, Link)
   */
  public record Answer(byte[] json, String etag, Map<String, String> headers) {}

  private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private final boolean enabled;
  private final Cache<String, Answer> answers =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<String, Answer>weigher((key, answer) -> key.length() + answer.json().length)
          .expireAfterWrite(TIME_TO_LIVE)
          .build();
  private final AtomicLong generation = new AtomicLong();
  private volatile Instant lastChange = Instant.now();

  ApiCache(GazetteConfig config, PageCache pages) {
    this.enabled = config.pageCache().enabled();
    pages.onInvalidate(this::clear);
  }

  public Optional<Answer> get(String key) {
    return enabled ? Optional.ofNullable(answers.getIfPresent(key)) : Optional.empty();
  }

  /**
   * Keeps an answer read while the cache was at {@code readAt} (see {@link #generation()}); an
   * answer read before a change ended is dropped, since it may hold the old rows.
   */
  public void put(String key, long readAt, Answer answer) {
    if (enabled && generation.get() == readAt) {
      answers.put(key, answer);
      if (generation.get() != readAt) {
        answers.invalidate(key);
      }
    }
  }

  /** A number that changes whenever the cache is cleared. */
  public long generation() {
    return generation.get();
  }

  /**
   * When content last changed as far as this process knows (its start, at the latest): no answer
   * can have changed since then.
   */
  public Instant lastChange() {
    return lastChange;
  }

  private void clear() {
    generation.incrementAndGet();
    lastChange = Instant.now();
    answers.invalidateAll();
  }
}
