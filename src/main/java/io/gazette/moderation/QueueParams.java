package io.gazette.moderation;

import io.gazette.i18n.Languages;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The queue's filters as the address carries them, on the queue itself and on every form posted
 * from it, so that an action leads back to the same tab, filters and page.
 */
public class QueueParams {

  @RestQuery public String status;
  @RestQuery public String lang;
  @RestQuery public String article;
  @RestQuery public String q;
  @RestQuery public String page;

  /** The queue asked for; throws {@link QueueQuery.Unreadable} on a bad value. */
  QueueQuery read(Languages languages) {
    return QueueQuery.parse(status, lang, article, q, page, languages);
  }

  /** The queue to go back to after an action: a bad value leads to the plain queue. */
  QueueQuery back(Languages languages) {
    return QueueQuery.parseOrDefault(status, lang, article, q, page, languages);
  }
}
