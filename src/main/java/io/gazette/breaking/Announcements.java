package io.gazette.breaking;

import io.gazette.changefeed.ArticleFeedJson;
import io.gazette.changefeed.WentLive;
import io.gazette.story.Article;
import io.gazette.webhook.PublicLinks;
import io.gazette.webhook.WebhookEvent;
import io.gazette.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/**
 * Tells apps and webhooks about news, inside the transaction that makes it: webhook deliveries are
 * queued with it and breaking news reaches the streams once it commits.
 */
@ApplicationScoped
public class Announcements {

  private final WebhookOutbox webhooks;
  private final Event<BreakingNews.Batch> streams;
  private final PublicLinks links;

  Announcements(WebhookOutbox webhooks, Event<BreakingNews.Batch> streams, PublicLinks links) {
    this.webhooks = webhooks;
    this.streams = streams;
    this.links = links;
  }

  /** Articles that have just gone live; those of a breaking story are breaking news too. */
  void wentLive(@Observes WentLive news) {
    List<Article> articles = news.articles();
    Instant now = Instant.now();
    String base = links.base();
    articles.forEach(article -> webhooks.enqueue(event("publish", article, base, now)));
    breaking(articles.stream().filter(article -> isBreaking(article, now)).toList());
  }

  /** Published articles of a story that is breaking news. */
  void breaking(List<Article> articles) {
    if (articles.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    String base = links.base();
    articles.forEach(article -> webhooks.enqueue(event("breaking", article, base, now)));
    streams.fire(new BreakingNews.Batch(articles.stream().map(BreakingNews::of).toList()));
  }

  static boolean isBreaking(Article article, Instant now) {
    Instant until = article.story.breakingUntil;
    return until != null && until.isAfter(now);
  }

  private static WebhookEvent event(String name, Article article, String base, Instant now) {
    return new WebhookEvent(
        name,
        article.id,
        article.story.id,
        article.lang,
        article.title,
        ArticleFeedJson.url(base, article),
        now,
        name.equals("breaking") ? article.story.breakingUntil : null);
  }
}
