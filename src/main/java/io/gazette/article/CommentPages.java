package io.gazette.article;

import io.gazette.comment.CommentFields;
import io.gazette.comment.CommentForm;
import io.gazette.comment.CommentOutcome;
import io.gazette.comment.CommentRefusal;
import io.gazette.comment.CommentService;
import io.gazette.comment.CommentSubmission;
import io.gazette.comment.CommentView;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.ReaderMessages;
import io.gazette.web.ErrorPages;
import io.gazette.web.FormStamps;
import io.gazette.web.Page;
import io.gazette.web.ReaderPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The reader's comment form: {@code POST /{lang}/{slug}/comments} (Post/Redirect/Get, or the form
 * back with its messages) and the reply page that answers a comment without JavaScript. Anonymous
 * and cookie-free: the honeypot, the form stamp and the comment service's defences guard it.
 */
@Blocking
@Path("/{lang}/{slug}/comments")
@Produces(MediaType.TEXT_HTML)
public class CommentPages {

  private static final Logger LOG = Logger.getLogger(CommentPages.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance article(
        Page page, ArticlePageData data, CommentForm form, String notice);

    static native TemplateInstance reply(
        Page page, ArticlePageData data, CommentView comment, CommentForm form);
  }

  private final ArticleService articles;
  private final CommentService comments;
  private final FormStamps stamps;
  private final Languages languages;
  private final CommentFormPages pages;
  private final ErrorPages errors;

  CommentPages(
      ArticleService articles,
      CommentService comments,
      FormStamps stamps,
      Languages languages,
      CommentFormPages pages,
      ErrorPages errors) {
    this.articles = articles;
    this.comments = comments;
    this.stamps = stamps;
    this.languages = languages;
    this.pages = pages;
    this.errors = errors;
  }

  /** Takes a comment: 303 to the article's notice, or the form back with why it was refused. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(
      @PathParam("lang") String lang,
      @PathParam("slug") String slug,
      @BeanParam CommentFields fields,
      @Context HttpServerRequest request,
      @Context UriInfo uri) {
    Language language = language(lang);
    long articleId = articles.publishedId(lang, slug).orElseThrow(NotFoundException::new);
    ReaderMessages messages = Bundles.in(ReaderMessages.class, language);
    var early = CommentRefusal.unsent(fields.trapped(), stamps.check(fields.stamp), messages);
    if (early.isPresent()) {
      return refused(language, slug, fields, early.get(), uri);
    }
    CommentSubmission sent = fields.submission(articleId);
    CommentOutcome outcome = comments.post(sent, request.remoteAddress().host());
    if (outcome instanceof CommentOutcome.Accepted accepted) {
      return notice(lang, slug, accepted.published() ? "published" : "pending");
    }
    if (outcome instanceof CommentOutcome.NoArticle) {
      throw new NotFoundException();
    }
    return refused(language, slug, fields, CommentRefusal.of(outcome, sent, language), uri);
  }

  /** A comment and the form to answer it, for readers without JavaScript. */
  @GET
  @Path("{id: \\d+}/reply")
  @ReaderPage(stamped = true)
  public TemplateInstance reply(
      @PathParam("lang") String lang,
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @Context UriInfo uri) {
    return pages.reply(language(lang), slug, id, uri);
  }

  /**
   * A form body whose percent-encoding is broken cannot be read at all (the HTTP layer refuses it
   * before any field is known): the article page again, asking for the comment once more.
   */
  @ServerExceptionMapper
  public Response unreadable(IllegalArgumentException broken, UriInfo uri, HttpHeaders headers) {
    LOG.debugf("Unreadable comment form on %s: %s", uri.getPath(), broken.getMessage());
    var path = uri.getPathParameters();
    Optional<Language> language = languages.find(path.getFirst("lang"));
    String slug = path.getFirst("slug");
    if (language.isEmpty() || articles.publishedId(language.get().code(), slug).isEmpty()) {
      return errors.refused(new NotFoundException(), uri, headers);
    }
    var refusal = CommentRefusal.unreadable(Bundles.in(ReaderMessages.class, language.get()));
    var form = new CommentForm("", "", "", "", stamps.issue(), Map.of(), refusal.problem());
    return pages.refused(language.get(), slug, form, refusal, uri);
  }

  /** Post/Redirect/Get: the article page with the notice of what became of the comment. */
  private static Response notice(String lang, String slug, String notice) {
    URI article = URI.create("/" + lang + "/" + slug + "?comment=" + notice + "#comment-notice");
    return Response.seeOther(article).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private Response refused(
      Language language, String slug, CommentFields fields, CommentRefusal refusal, UriInfo uri) {
    CommentForm form = fields.form(stamps.issue(), refusal.errors(), refusal.problem());
    return pages.refused(language, slug, form, refusal, uri);
  }

  private Language language(String lang) {
    return languages.find(lang).orElseThrow(NotFoundException::new);
  }
}
