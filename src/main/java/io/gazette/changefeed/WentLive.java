package io.gazette.changefeed;

import io.gazette.story.Article;
import java.util.List;

/**
 * Articles that readers see from this transaction on and did not before, fired (synchronously,
 * inside the transaction) when the change feed writes them, so that they are announced with it.
 *
 * @param articles the articles, by id
 */
public record WentLive(List<Article> articles) {}
