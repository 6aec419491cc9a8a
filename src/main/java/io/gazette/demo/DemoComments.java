package io.gazette.demo;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import io.gazette.story.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a demo story's comments, already approved, replies linked to earlier ones. */
final class DemoComments {

  private DemoComments() {}

  static void write(List<DemoData.CommentData> data, Map<String, Article> versions) {
    if (data == null) {
      return;
    }
    Map<String, List<Comment>> byLang = new HashMap<>();
    for (DemoData.CommentData item : data) {
      Article article = versions.get(item.lang());
      if (article == null) {
        continue;
      }
      List<Comment> earlier = byLang.computeIfAbsent(item.lang(), lang -> new ArrayList<>());
      Comment comment = new Comment();
      comment.article = article;
      comment.parent = item.replyTo() == null ? null : earlier.get(item.replyTo());
      comment.authorName = item.name();
      comment.email = item.email();
      comment.body = item.body();
      comment.status = CommentStatus.APPROVED;
      comment.createdAt = item.at().toInstant();
      comment.moderatedBy = "demo";
      comment.moderatedAt = comment.createdAt;
      comment.persist();
      earlier.add(comment);
    }
  }
}
