package io.gazette.comment;

import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What readers may read of an article's comments: the approved ones, oldest first. */
@ApplicationScoped
public class PublicComments {

  /** The approved comments of a published article; empty when no published article has the id. */
  @Transactional
  public Optional<List<CommentView>> of(long articleId) {
    Article article = Article.findById(articleId);
    if (article == null || !article.isPublished()) {
      return Optional.empty();
    }
    return Optional.of(Comment.listApprovedViews(articleId));
  }
}
