package io.gazette.article;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The reader's article page: {@code /{lang}/{slug}}. */
@Blocking
@Path("/{lang}")
@ReaderPage
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance article(Page page, ArticlePageData data);
  }

  private final ArticleService articles;
  private final Languages languages;
  private final Layout layout;

  ArticlePages(ArticleService articles, Languages languages, Layout layout) {
    this.articles = articles;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Path("{slug}")
  public TemplateInstance article(
      @PathParam("lang") String lang, @PathParam("slug") String slug, @Context UriInfo uri) {
    Language language = languages.find(lang).orElseThrow(NotFoundException::new);
    var data = articles.readerPage(lang, slug);
    if (data.isEmpty()) {
      String target = articles.redirectFor(lang, slug).orElseThrow(NotFoundException::new);
      throw ReaderResponses.movedPermanently(target);
    }
    var article = data.get().article();
    Page page = layout.page(language, data.get().versionPaths(), uri);
    return Templates.article(page, data.get()).setLocale(language.locale());
  }
}
