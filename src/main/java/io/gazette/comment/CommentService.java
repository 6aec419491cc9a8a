package io.gazette.comment;

import io.gazette.GazetteConfig;
import io.gazette.story.Article;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes the comments readers send through the form or the app: checks them against SPEC §3, runs
 * the defences, and stores them pending (or spam, or published for known commenters).
 */
@ApplicationScoped
public class CommentService {

  private static final Logger LOG = Logger.getLogger(CommentService.class);

  private final CommentWindow window;
  private final CommentThrottle throttle;
  private final Blocklist blocklist;
  private final PageCache pages;
  private final GazetteConfig.Comments config;

  CommentService(
      CommentWindow window,
      CommentThrottle throttle,
      Blocklist blocklist,
      PageCache pages,
      GazetteConfig config) {
    this.window = window;
    this.throttle = throttle;
    this.blocklist = blocklist;
    this.pages = pages;
    this.config = config.comments();
  }

  /** Checks and stores a comment sent from {@code address}; nothing is stored on a refusal. */
  @Transactional
  public CommentOutcome post(CommentSubmission sent, String address) {
    CommentSubmission comment = sent.normalized();
    Map<String, String> errors = CommentRules.errors(comment);
    // The article's row lock makes check-then-store atomic: comments on one article are taken one
    // after the other, on every node, so a duplicate sent at the same moment finds the first.
    Article article = Article.findLocked(comment.articleId()).orElse(null);
    if (article == null || !article.isPublished()) {
      return new CommentOutcome.NoArticle();
    }
    if (!window.isOpen(article.story.commentsOpen, article.publishedAt)) {
      return new CommentOutcome.Closed();
    }
    Optional<Comment> parent = parent(comment, errors);
    if (!errors.isEmpty()) {
      return new CommentOutcome.Invalid(errors);
    }
    if (Comment.isRepeated(article.id, comment.body(), comment.email(), address)) {
      return new CommentOutcome.Duplicate();
    }
    var wait = throttle.acquire(address, comment.email());
    if (wait.isPresent()) {
      return new CommentOutcome.Throttled(wait.get());
    }
    Comment stored = store(article, parent.orElse(null), comment, address);
    return new CommentOutcome.Accepted(stored.id, stored.status == CommentStatus.APPROVED);
  }

  private static Optional<Comment> parent(CommentSubmission comment, Map<String, String> errors) {
    if (comment.parentId() == null) {
      return Optional.empty();
    }
    Optional<Comment> parent = Comment.findApprovedOf(comment.articleId(), comment.parentId());
    if (parent.isEmpty()) {
      errors.put("parentId", "invalid");
    }
    return parent;
  }

  private Comment store(Article article, Comment parent, CommentSubmission sent, String address) {
    Comment comment = new Comment();
    comment.article = article;
    comment.parent = parent;
    comment.authorName = sent.name();
    comment.email = sent.email();
    comment.body = sent.body();
    comment.clientAddress = address;
    comment.createdAt = Instant.now();
    classify(comment);
    comment.persist();
    if (comment.status == CommentStatus.APPROVED) {
      pages.invalidateAll();
    }
    LOG.debugf("Comment %d on article %d: %s", comment.id, article.id, comment.status);
    return comment;
  }

  /** Spam for the blocklist, held with the reason for many links, else pending or approved. */
  private void classify(Comment comment) {
    Optional<String> blocked =
        blocklist.match(comment.authorName, comment.email, comment.body, comment.clientAddress);
    int links = CommentText.links(comment.body);
    if (blocked.isPresent()) {
      comment.status = CommentStatus.SPAM;
      comment.heldReason = reason("blocklist: " + blocked.get());
    } else if (links > config.maxLinks()) {
      comment.status = CommentStatus.PENDING;
      comment.heldReason = reason("links: " + links);
    } else if (config.autoApproveKnown() && Comment.hasApproved(comment.email)) {
      comment.status = CommentStatus.APPROVED;
      comment.moderatedBy = "auto";
      comment.moderatedAt = comment.createdAt;
    } else {
      comment.status = CommentStatus.PENDING;
    }
  }

  private static String reason(String reason) {
    return reason.length() <= 200 ? reason : reason.substring(0, 200);
  }
}
