package io.gazette.article;

import io.gazette.comment.CommentForm;
import io.gazette.comment.CommentRefusal;
import io.gazette.comment.CommentView;
import io.gazette.i18n.Language;
import io.gazette.web.FormStamps;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Renders the pages that hold the comment form: the article page, or the reply page when the form
 * answers a comment, with what the reader typed and why it was refused.
 */
@ApplicationScoped
public class CommentFormPages {

  private final ArticleService articles;
  private final Layout layout;

  CommentFormPages(ArticleService articles, Layout layout) {
    this.articles = articles;
    this.layout = layout;
  }

  /** The reply page of an approved comment of the article; 404 for any other comment. */
  public TemplateInstance reply(Language language, String slug, long commentId, UriInfo uri) {
    ArticlePageData data = data(language, slug);
    CommentView comment = data.approvedComment(commentId).orElseThrow(NotFoundException::new);
    CommentForm form = CommentForm.replyTo(commentId, FormStamps.PLACEHOLDER);
    return CommentPages.Templates.reply(replyPage(language, data, uri), data, comment, form)
        .setLocale(language.locale());
  }

  /**
   * The page the form was sent from, again, with its status: the reply page when the form answers a
   * comment readers still see, else the article page. Never cached: it answers a POST.
   */
  public Response refused(
      Language language, String slug, CommentForm form, CommentRefusal refusal, UriInfo uri) {
    ArticlePageData data = data(language, slug);
    Optional<CommentView> answered =
        form.isReply() ? answered(data, form.parentId()) : Optional.empty();
    TemplateInstance html =
        answered
            .map(
                comment ->
                    CommentPages.Templates.reply(
                        replyPage(language, data, uri), data, comment, form))
            .orElseGet(
                () ->
                    CommentPages.Templates.article(
                        layout.page(language, data.versionPaths(), uri), data, form, null));
    var response =
        Response.status(refusal.status())
            .entity(html.setLocale(language.locale()))
            .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (refusal.retryAfter() > 0) {
      response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfter());
    }
    return response.build();
  }

  private ArticlePageData data(Language language, String slug) {
    return articles.readerPage(language.code(), slug).orElseThrow(NotFoundException::new);
  }

  private static Optional<CommentView> answered(ArticlePageData data, String parentId) {
    try {
      return data.approvedComment(Long.parseLong(parentId));
    } catch (NumberFormatException notAnId) {
      return Optional.empty();
    }
  }

  /** The article's frame for a reply page, which search engines need not index. */
  private Page replyPage(Language language, ArticlePageData data, UriInfo uri) {
    Page page = layout.page(language, data.versionPaths(), uri);
    return new Page(
        page.language(),
        page.zone(),
        page.siteName(),
        page.canonical(),
        page.alternates(),
        page.xDefault(),
        page.sections(),
        page.appUrl(),
        true,
        page.base());
  }
}
