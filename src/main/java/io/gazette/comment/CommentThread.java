package io.gazette.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment with the replies below it; deeper replies are shown at the second level, in order.
 *
 * @param comment the comment that starts the thread
 * @param replies every reply in the thread, oldest first
 */
public record CommentThread(CommentView comment, List<CommentView> replies) {

  /** Groups comments (oldest first) into threads under their top-level comment. */
  public static List<CommentThread> of(List<CommentView> comments) {
    Map<Long, Long> rootOf = new LinkedHashMap<>();
    Map<Long, CommentThread> threads = new LinkedHashMap<>();
    for (CommentView comment : comments) {
      Long root = comment.parentId() == null ? null : rootOf.get(comment.parentId());
      if (root == null) {
        rootOf.put(comment.id(), comment.id());
        threads.put(comment.id(), new CommentThread(comment, new ArrayList<>()));
      } else {
        rootOf.put(comment.id(), root);
        threads.get(root).replies().add(comment);
      }
    }
    return List.copyOf(threads.values());
  }
}
