package io.gazette.moderation;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import io.gazette.story.Article;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores comments straight in the database for moderation tests, and reads them back. */
@ApplicationScoped
public class CommentRows {

  private final PageCache pages;

  CommentRows(PageCache pages) {
    this.pages = pages;
  }

  /** One comment on an article, as a reader's would be stored. */
  @Transactional
  public long add(long articleId, String name, String email, String body, CommentStatus status) {
    Comment comment = new Comment();
    comment.article = Article.findById(articleId);
    comment.authorName = name;
    comment.email = email;
    comment.body = body;
    comment.status = status;
    comment.clientAddress = "198.51.100.7";
    comment.createdAt = Instant.now();
    comment.persist();
    if (status == CommentStatus.APPROVED) {
      pages.invalidateAll();
    }
    return comment.id;
  }

  /** {@code count} comments with distinct texts starting with {@code text}. */
  @Transactional
  public List<Long> add(long articleId, int count, String text, CommentStatus status) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(
          add(articleId, "Lecteur " + i, "lecteur" + i + "@example.org", text + " " + i, status));
    }
    return ids;
  }

  @Transactional
  public Optional<CommentStatus> status(long id) {
    return Comment.<Comment>findByIdOptional(id).map(c -> c.status);
  }

  @Transactional
  public Optional<Comment> find(long id) {
    return Comment.findByIdOptional(id);
  }

  /** The replies to a comment: (id, staff, status) as "id:staff:status". */
  @Transactional
  public List<String> replies(long parentId) {
    return Comment.<Comment>list("parent.id", parentId).stream()
        .map(c -> c.id + ":" + c.staff + ":" + c.status + ":" + c.body)
        .toList();
  }
}
