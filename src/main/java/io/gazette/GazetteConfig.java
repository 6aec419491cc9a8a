package io.gazette;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Gazette's typed configuration, the settings of SPEC §1. */
@ConfigMapping(prefix = "gazette")
public interface GazetteConfig {

  /** Directory for the H2 database files, uploaded media and the search index. */
  @WithDefault("./data")
  String dataDir();

  /** The site's languages as BCP 47 tags; the first is the default. */
  @WithDefault("fr,en")
  List<String> languages();

  /** Zone in which dates are shown and typed; a zone unknown to Java stops the start. */
  @WithDefault("Indian/Mauritius")
  ZoneId timezone();

  /** Whether an empty database is filled with the demo content. */
  @WithDefault("true")
  boolean demoContent();

  /**
   * Whether the demo content's stories get their photographs, taken in (renditions made) in the
   * background after the start; the tests turn it off, since each start would make them again.
   */
  @WithDefault("true")
  boolean demoPhotos();

  /** The site's name, shown in the header. */
  @WithDefault("Gazette")
  String siteName();

  /** Where readers download the mobile app; the header link is hidden when unset. */
  Optional<String> appUrl();

  /** Absolute base URL for canonical and alternate links; the request's own when unset. */
  Optional<String> baseUrl();

  /**
   * Host names answered besides the loopback names and the base URL's host: a name, a {@code
   * .example.mu} suffix for a domain and its subdomains, or {@code *} for any.
   */
  Optional<List<String>> allowedHosts();

  /** The first administrator. */
  Admin admin();

  /** The in-memory cache of rendered reader pages. */
  PageCache pageCache();

  /** Limits on failed newsroom sign-ins. */
  SignIn signIn();

  /** Reader comments: when they close and how they are defended. */
  Comments comments();

  /** The public JSON API. */
  Api api();

  /** Uploaded pictures: what is taken in and which renditions are made. */
  Media media();

  /** Uploaded pictures: what is taken in and which renditions are made. */
  interface Media {
    /** The largest file taken in. */
    @WithDefault("25M")
    MemorySize maxSize();

    /** The most pixels (width × height) a picture may have; more is refused as a bomb. */
    @WithDefault("50000000")
    long maxPixels();

    /** The widths of the renditions made at upload, narrowest first. */
    @WithDefault("320,640,960,1280,1600")
    List<Integer> widths();

    /** JPEG quality of the renditions, from 0 to 1. */
    @WithDefault("0.82")
    float jpegQuality();

    /** How many uploads are turned into renditions at once; the others wait their turn. */
    @WithDefault("2")
    int concurrentIngests();
  }

  /** The public JSON API's limits. */
  interface Api {
    /** Requests one client address may make to {@code /api/v1} in a minute before a 429. */
    @WithDefault("600")
    int requestsPerMinute();
  }

  /** Breaking news pushed to apps over server-sent events. */
  Breaking breaking();

  /** The RSS and Atom feeds (feed/). */
  Feeds feeds();

  /** The sitemaps (sitemap/). */
  Sitemaps sitemaps();

  /** The RSS and Atom feeds of each language, section and tag. */
  interface Feeds {
    /** How many of the newest published articles a feed holds. */
    @WithDefault("20")
    int items();
  }

  /** The sitemaps of each language. */
  interface Sitemaps {
    /**
     * The most URLs in one sitemap file (the protocol allows 50,000); fewer are written when long
     * addresses could take a file past 50 MB.
     */
    @WithDefault("50000")
    int urlsPerFile();
  }

  /** Webhooks: how deliveries are sent and retried. */
  Webhooks webhooks();

  /** Breaking news pushed to apps over server-sent events. */
  interface Breaking {
    /** How often an open stream gets a comment line, so that proxies keep it open. */
    @WithDefault("15s")
    Duration heartbeat();
  }

  /** Webhooks: how deliveries are sent and retried. */
  interface Webhooks {
    /** How long to wait for a hook's answer, connection included. */
    @WithDefault("10s")
    Duration timeout();

    /** How long to wait for a connection to a hook. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** Attempts per delivery, the first included, before it is given up. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before the first retry; each later wait is four times the previous one. */
    @WithDefault("1s")
    Duration backoff();

    /** How often due deliveries are looked for (after a restart, or a missed wake-up). */
    @WithDefault("10s")
    Duration pollEvery();

    /**
     * Whether hooks may post to internal addresses (loopback, private, link-local, unique-local):
     * refused by default, against server-side request forgery; for hooks on an intranet.
     */
    @WithDefault("false")
    boolean allowPrivate();
  }

  /** Reader comments: when they close and how they are defended (SPEC §3). */
  interface Comments {
    /** Days after publication when comments close by themselves; 0 keeps them open. */
    @WithDefault("0")
    int closeAfterDays();

    /** Seconds a person needs at least between loading the form and sending it. */
    @WithDefault("3")
    int minFillSeconds();

    /** Comments one client address may send in ten minutes. */
    @WithDefault("5")
    int maxPerAddress();

    /** Comments one email address may send in ten minutes. */
    @WithDefault("3")
    int maxPerEmail();

    /** Links a comment may carry before it is held with that reason. */
    @WithDefault("2")
    int maxLinks();

    /** Publish at once the comments of an email that already has an approved comment. */
    @WithDefault("false")
    boolean autoApproveKnown();
  }

  /** Failed sign-ins allowed in five minutes before further attempts are refused; idle sessions. */
  interface SignIn {
    /** Failed sign-ins for one username from one client address. */
    @WithDefault("5")
    int maxFailuresPerUser();

    @WithDefault("50")
    int maxFailuresPerAddress();

    /** Failed sign-ins for one username from all addresses together: slows distributed guessing. */
    @WithDefault("100")
    int maxFailuresPerUserOverall();

    /** How long a browser session may go unused before it ends (besides its 12 hours at most). */
    @WithDefault("2h")
    Duration idleTimeout();

    /** How long an API token may go unused before it ends (besides its 30 days at most). */
    @WithDefault("7d")
    Duration apiIdleTimeout();
  }

  /** The in-memory cache of rendered reader pages. */
  interface PageCache {
    /** Off only to measure or debug the uncached path. */
    @WithDefault("true")
    boolean enabled();
  }

  /** The first administrator, created on an empty database. */
  interface Admin {
    @WithDefault("admin")
    String username();

    Optional<String> password();
  }
}
