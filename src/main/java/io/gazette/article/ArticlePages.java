package io.gazette.article;

import io.gazette.comment.CommentForm;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.FormStamps;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import io.gazette.web.ReaderPage;
import io.gazette.web.ReaderResponses;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** The reader's article page: {@code /{lang}/{slug}}. */
@Blocking
@Path("/{lang}")
@ReaderPage
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

  /** The notices {@code ?comment=} may ask for after a comment was sent. */
  private static final Set<String> NOTICES = Set.of("pending", "published");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance article(
        Page page, ArticlePageData data, CommentForm form, String notice);
  }

  private final ArticleService articles;
  private final Languages languages;
  private final Layout layout;

  ArticlePages(ArticleService articles, Languages languages, Layout layout) {
    this.articles = articles;
    this.languages = languages;
    this.layout = layout;
  }

  /**
   * The article with its comment form; {@code ?comment=pending|published} adds the notice shown
   * after a comment was sent. The form's stamp is filled in for each copy served.
   */
  @GET
  @Path("{slug}")
  @ReaderPage(
      notices = {"pending", "published"},
      stamped = true)
  public TemplateInstance article(
      @PathParam("lang") String lang,
      @PathParam("slug") String slug,
      @QueryParam("comment") String comment,
      @Context UriInfo uri) {
    Language language = languages.find(lang).orElseThrow(NotFoundException::new);
    var data = articles.readerPage(lang, slug);
    if (data.isEmpty()) {
      String target = articles.redirectFor(lang, slug).orElseThrow(NotFoundException::new);
      throw ReaderResponses.movedPermanently(target);
    }
    Page page = layout.page(language, data.get().versionPaths(), uri);
    String notice = comment != null && NOTICES.contains(comment) ? comment : null;
    CommentForm form = CommentForm.blank(FormStamps.PLACEHOLDER);
    return Templates.article(page, data.get(), form, notice).setLocale(language.locale());
  }
}
