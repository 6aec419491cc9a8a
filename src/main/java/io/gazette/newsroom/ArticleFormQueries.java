package io.gazette.newsroom;

import io.gazette.admin.SignedIn;
import io.gazette.author.Author;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.Permissions;
import io.gazette.newsroom.ArticleFormView.Option;
import io.gazette.story.Article;
import io.gazette.taxonomy.LocalizedName;
import io.gazette.taxonomy.Section;
import io.gazette.workflow.EditorialCheck;
import io.gazette.workflow.EditorialChecks;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reads behind the article screens that the newsroom services do not offer. */
@ApplicationScoped
public class ArticleFormQueries {

  /**
   * An article as the form opens it.
   *
   * @param article what is stored
   * @param checks the editorial checks of the stored text
   * @param editable whether the member may change the text
   */
  public record Opened(ArticleSnapshot article, List<EditorialCheck> checks, boolean editable) {}

  private final EditorialChecks checks;

  ArticleFormQueries(EditorialChecks checks) {
    this.checks = checks;
  }

  /** The article with its checks, if the member may read it. */
  @Transactional
  public Opened open(SignedIn member, long articleId) {
    Article article = EditorialService.find(articleId);
    Permissions.requireRead(member, article);
    return new Opened(
        ArticleSnapshot.of(article), checks.run(article), Permissions.mayEdit(member, article));
  }

  /** The sections in navigation order, named in {@code lang} when they have a name there. */
  @Transactional
  public List<Option> sections(String lang) {
    return Section.listInOrder().stream()
        .map(section -> new Option(section.id.toString(), name(section.labels, lang)))
        .toList();
  }

  /** Every byline, by name. */
  @Transactional
  public List<Option> authors() {
    return Author.<Author>listAll(Sort.by("name")).stream()
        .map(author -> new Option(author.id.toString(), author.name))
        .toList();
  }

  /** Links to the articles among {@code ids} that the member may read, with their titles. */
  @Transactional
  public List<Option> titles(SignedIn member, List<Long> ids) {
    List<Option> found = new ArrayList<>();
    for (long id : ids) {
      try {
        Article article = EditorialService.find(id);
        Permissions.requireRead(member, article);
        found.add(new Option("/admin/articles/" + id, article.title));
      } catch (NotFoundException | ForbiddenException notShown) {
        // A report names only what its reader may open.
      }
    }
    return found;
  }

  private static String name(Map<String, LocalizedName> labels, String lang) {
    LocalizedName label = labels.get(lang);
    if (label == null) {
      label = labels.values().stream().findFirst().orElse(null);
    }
    return label == null ? "" : label.name;
  }
}
