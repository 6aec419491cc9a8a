package io.gazette.article;

import io.gazette.comment.CommentThread;
import java.util.List;
import java.util.Map;

/**
 * Everything on a reader's article page besides the layout.
 *
 * @param article the article itself
 * @param versionPaths reader paths of the story's published versions, by language code
 * @param related related articles in the same language
 * @param mustRead the must-read block
 * @param latest the latest-news block
 * @param comments approved comments in threads, oldest first
 */
public record ArticlePageData(
    ArticleView article,
    Map<String, String> versionPaths,
    List<ArticleCard> related,
    List<ArticleCard> mustRead,
    List<ArticleCard> latest,
    List<CommentThread> comments) {

  /** How many approved comments the article has, replies included. */
  public int commentCount() {
    return comments.stream().mapToInt(thread -> 1 + thread.replies().size()).sum();
  }
}
