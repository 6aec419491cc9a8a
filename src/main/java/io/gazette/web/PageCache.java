package io.gazette.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Rendered reader pages, kept for a short while so that a popular page is built once, not once per
 * reader. Anything that changes what readers see calls {@link #invalidateAll()}.
 */
@ApplicationScoped
public class PageCache {

  /**
   * A rendered page and its fingerprint.
   *
   * @param html the page as sent (HTML, a feed, a sitemap...), or null when only its fingerprint is
   *     kept: a large streamed document is written again for each reader rather than held here
   * @param etag its fingerprint
   * @param stampAt where its form stamp placeholder starts, or -1 when it has none
   * @param type its media type, charset included
   * @param modified when it was rendered, to the second: its {@code Last-Modified}
   */
  public record CachedPage(
      byte[] html, String etag, int stampAt, MediaType type, Instant modified) {}

  private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  private static final int MAX_PAGES = 2_000;

  private final ZoneId zone;
  private final boolean enabled;
  private final Cache<String, CachedPage> pages =
      Caffeine.newBuilder().maximumSize(MAX_PAGES).expireAfterWrite(TIME_TO_LIVE).build();

  private final TransactionSynchronizationRegistry transactions;
  private final List<Runnable> alsoClear = new CopyOnWriteArrayList<>();

  PageCache(GazetteConfig config, TransactionSynchronizationRegistry transactions) {
    this.zone = config.timezone();
    this.enabled = config.pageCache().enabled();
    this.transactions = transactions;
  }

  public Optional<CachedPage> get(String pathAndQuery) {
    return enabled ? Optional.ofNullable(pages.getIfPresent(key(pathAndQuery))) : Optional.empty();
  }

  public void put(String pathAndQuery, CachedPage page) {
    if (enabled) {
      pages.put(key(pathAndQuery), page);
    }
  }

  /** Has another cache of what readers see (the JSON API's) cleared with the pages. */
  public void onInvalidate(Runnable clear) {
    alsoClear.add(clear);
  }

  /**
   * Forgets every page, after content that readers see has changed. Called inside a transaction, it
   * forgets them again once the transaction ends: a page rendered meanwhile from the old rows must
   * not be kept.
   */
  public void invalidateAll() {
    clear();
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              clear();
            }
          });
    }
  }

  private void clear() {
    pages.invalidateAll();
    alsoClear.forEach(Runnable::run);
  }

  // The header shows today's date: a page rendered yesterday must not be served today.
  private String key(String pathAndQuery) {
    return LocalDate.now(zone) + " " + pathAndQuery;
  }
}
