package io.gazette.newsroom;

import io.gazette.editorial.ArticleDraft;
import io.gazette.editorial.ArticleSnapshot;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The article form as posted, kept exactly as typed so that a refused form comes back unchanged.
 * Fields are public because Quarkus REST fills them and the templates read them.
 */
public class ArticleForm {

  @RestForm public String lang;
  @RestForm public String title;
  @RestForm public String slug;
  @RestForm public String standfirst;
  @RestForm public String bodyHtml;
  @RestForm public String section;
  @RestForm public String tags;
  @RestForm public boolean mustRead;
  @RestForm public boolean commentsOpen;
  @RestForm public int version;

  /** An empty form for a new story in {@code lang}; comments are open by default. */
  public static ArticleForm blank(String lang) {
    ArticleForm form = new ArticleForm();
    form.lang = lang;
    form.commentsOpen = true;
    return form;
  }

  /** The form filled with what is stored. */
  public static ArticleForm of(ArticleSnapshot article) {
    ArticleForm form = new ArticleForm();
    form.lang = article.lang();
    form.title = article.title();
    form.slug = article.slug();
    form.standfirst = article.standfirst();
    form.bodyHtml = article.bodyHtml();
    form.section = article.sectionId() == null ? null : article.sectionId().toString();
    form.tags = String.join(", ", article.tags());
    form.mustRead = article.mustRead();
    form.commentsOpen = article.commentsOpen();
    form.version = article.version();
    return form;
  }

  /** What the services take; an unreadable section becomes none, which they refuse. */
  public ArticleDraft draft() {
    List<String> names =
        tags == null
            ? List.of()
            : Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new ArticleDraft(
        title, slug, standfirst, bodyHtml, sectionId(), names, mustRead, commentsOpen);
  }

  private Long sectionId() {
    try {
      return section == null || section.isBlank() ? null : Long.valueOf(section.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
