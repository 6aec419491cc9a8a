package io.gazette.article;

import io.gazette.comment.CommentThread;
import io.gazette.comment.CommentView;
import io.gazette.media.MediaImage;
import io.gazette.media.Rendition;
import io.gazette.story.ArticleCard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything on a reader's article page besides the layout.
 *
 * @param article the article itself
 * @param image the story's lead picture in the article's language, or null when it has none
 * @param versionPaths reader paths of the story's published versions, by language code
 * @param related related articles in the same language
 * @param mustRead the must-read block
 * @param latest the latest-news block
 * @param comments approved comments in threads, oldest first
 * @param commentsOpen whether readers may comment now (the story's flag and the article's age)
 * @param originalLang the language of the story's original version among the published ones, the
 *     one the others translate; null when unknown (a preview)
 */
public record ArticlePageData(
    ArticleView article,
    MediaImage image,
    Map<String, String> versionPaths,
    List<ArticleCard> related,
    List<ArticleCard> mustRead,
    List<ArticleCard> latest,
    List<CommentThread> comments,
    boolean commentsOpen,
    String originalLang) {

  /** The width link previews want at least (Open Graph's large picture). */
  static final int SOCIAL_WIDTH = 1200;

  /** The lead picture's rendition for link previews: 1200 px wide or more, else the widest. */
  public Rendition socialImage() {
    return image == null ? null : image.atLeast(SOCIAL_WIDTH);
  }

  /** How many approved comments the article has, replies included. */
  public int commentCount() {
    return comments.stream().mapToInt(thread -> 1 + thread.replies().size()).sum();
  }

  /** One of the approved comments shown on the page. */
  public Optional<CommentView> approvedComment(long id) {
    return comments.stream()
        .flatMap(thread -> Stream.concat(Stream.of(thread.comment()), thread.replies().stream()))
        .filter(comment -> comment.id() == id)
        .findFirst();
  }

  /** Where the reply pages of the article's comments start, or null while comments are closed. */
  public String replyPath() {
    return commentsOpen ? "/" + article.lang() + "/" + article.slug() + "/comments/" : null;
  }
}
