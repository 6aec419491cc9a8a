package io.gazette.article;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.web.Page;
import io.gazette.web.StructuredData;
import io.gazette.web.StructuredData.Crumb;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The article page's JSON-LD: a {@code NewsArticle} linked to its translations, and its breadcrumbs
 * (home, section, article), as {@code {data.structuredData(page)}} in the template.
 */
@TemplateExtension
public final class ArticleStructuredData {

  private ArticleStructuredData() {}

  /** The escaped JSON-LD document of the article page. */
  static RawString structuredData(ArticlePageData data, Page page) {
    return StructuredData.script(newsArticle(data, page), breadcrumbs(data, page));
  }

  static ObjectNode newsArticle(ArticlePageData data, Page page) {
    ArticleView article = data.article();
    String url = page.canonical();
    ObjectNode node =
        StructuredData.node("NewsArticle")
            .put("@id", url)
            .put("url", url)
            .put("mainEntityOfPage", url)
            .put("headline", article.title())
            .put("inLanguage", article.lang())
            .put("datePublished", StructuredData.date(article.publishedAt(), page))
            .put("dateModified", StructuredData.date(article.updatedAt(), page))
            .put("isAccessibleForFree", true);
    node.set("author", author(article, page));
    node.set("publisher", StructuredData.publisher(page));
    describe(node, data, page);
    translations(node, data, page);
    return node;
  }

  /** What only some articles have: a standfirst, a lead picture, a named section, tags. */
  private static void describe(ObjectNode node, ArticlePageData data, Page page) {
    ArticleView article = data.article();
    if (article.standfirst() != null && !article.standfirst().isBlank()) {
      node.put("description", article.standfirst());
    }
    if (data.image() != null) {
      node.set("image", images(data, page));
    }
    if (article.sectionName() != null) {
      node.put("articleSection", article.sectionName());
    }
    if (!article.tags().isEmpty()) {
      ArrayNode keywords = node.putArray("keywords");
      article.tags().forEach(tag -> keywords.add(tag.name()));
    }
  }

  private static ObjectNode author(ArticleView article, Page page) {
    return StructuredData.node("Person")
        .put("name", article.authorName())
        .put("url", page.absolute("/" + article.lang() + "/author/" + article.authorSlug()));
  }

  /** The picture for link previews first, then every other rendition, widest first. */
  private static ArrayNode images(ArticlePageData data, Page page) {
    ArrayNode urls = StructuredData.array();
    urls.add(page.absolute(data.socialImage().url()));
    List<String> others = new ArrayList<>();
    data.image().renditions().forEach(rendition -> others.add(0, rendition.url()));
    others.stream()
        .filter(path -> !path.equals(data.socialImage().url()))
        .forEach(path -> urls.add(page.absolute(path)));
    return urls;
  }

  /** {@code translationOfWork} on a translation, {@code workTranslation} on the original. */
  private static void translations(ObjectNode node, ArticlePageData data, Page page) {
    String own = data.article().lang();
    String original = data.originalLang();
    Map<String, String> paths = data.versionPaths();
    if (original == null || !paths.containsKey(original)) {
      return;
    }
    if (!original.equals(own)) {
      node.set("translationOfWork", version(original, paths, page));
      return;
    }
    ArrayNode translations = StructuredData.array();
    paths.keySet().stream()
        .filter(lang -> !lang.equals(own))
        .forEach(lang -> translations.add(version(lang, paths, page)));
    if (!translations.isEmpty()) {
      node.set("workTranslation", translations);
    }
  }

  private static ObjectNode version(String lang, Map<String, String> paths, Page page) {
    return StructuredData.node("NewsArticle")
        .put("@id", page.absolute(paths.get(lang)))
        .put("inLanguage", lang);
  }

  private static ObjectNode breadcrumbs(ArticlePageData data, Page page) {
    ArticleView article = data.article();
    List<Crumb> trail = new ArrayList<>();
    if (article.sectionSlug() != null) {
      String section = "/" + article.lang() + "/section/" + article.sectionSlug();
      trail.add(new Crumb(article.sectionName(), page.absolute(section)));
    }
    trail.add(new Crumb(article.title(), page.canonical()));
    return StructuredData.breadcrumbs(page, trail);
  }
}
