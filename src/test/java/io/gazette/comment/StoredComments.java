package io.gazette.comment;

import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the database holds of an article's comments, read in a transaction of its own. */
@ApplicationScoped
public class StoredComments {

  /** A stored comment, every column a test may check. */
  public record Stored(
      long id,
      Long parentId,
      String name,
      String email,
      String body,
      CommentStatus status,
      String heldReason,
      String clientAddress) {}

  private final PageCache pages;

  StoredComments(PageCache pages) {
    this.pages = pages;
  }

  @Transactional
  public long count(long articleId) {
    return Comment.count("article.id", articleId);
  }

  /** How many comments were ever stored from this email, on any article. */
  @Transactional
  public long countByEmail(String email) {
    return Comment.count("email", email);
  }

  /** The article's comments, oldest first. */
  @Transactional
  public List<Stored> of(long articleId) {
    List<Comment> comments = Comment.list("article.id = ?1 order by id", articleId);
    return comments.stream()
        .map(
            c ->
                new Stored(
                    c.id,
                    c.parent == null ? null : c.parent.id,
                    c.authorName,
                    c.email,
                    c.body,
                    c.status,
                    c.heldReason,
                    c.clientAddress))
        .toList();
  }

  /** The article's latest comment. */
  public Stored latest(long articleId) {
    List<Stored> all = of(articleId);
    return all.get(all.size() - 1);
  }

  /** Closes the story's comments, as an editor would. */
  @Transactional
  public void closeComments(long storyId) {
    Story story = Story.findById(storyId);
    story.commentsOpen = false;
    pages.invalidateAll();
  }
}
