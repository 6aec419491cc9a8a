package io.gazette.taxonomy;

import io.gazette.i18n.Languages;
import io.gazette.web.PageCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags as editors manage them: a name and slug per language, at least one language. Every change
 * forgets cached reader pages, which show tag names.
 */
@ApplicationScoped
public class TagService {

  /** A tag as the newsroom lists it, detached. */
  public record TagView(long id, Map<String, LocalizedName> labels) {}

  /** One page of tags, newest first. */
  public record TagPage(List<TagView> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final Languages languages;
  private final SiteNavigation navigation;
  private final PageCache pages;
  private final Event<LabelRenamed> renames;

  TagService(
      Languages languages,
      SiteNavigation navigation,
      PageCache pages,
      Event<LabelRenamed> renames) {
    this.languages = languages;
    this.navigation = navigation;
    this.pages = pages;
    this.renames = renames;
  }

  /** Tags whose name in some language contains {@code text} (any tag when blank). */
  @Transactional
  public TagPage list(String text, int page, int size) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    var query =
        wanted.isEmpty()
            ? Tag.<Tag>findAll(Sort.descending("id"))
            : Tag.<Tag>find(
                "id in (select t.id from Tag t join t.labels l where lower(l.name) like ?1)"
                    + " order by id desc",
                "%" + wanted.replace("%", "").replace("_", "") + "%");
    long total = query.count();
    List<TagView> items =
        query.page(Page.of(page - 1, size)).list().stream().map(TagService::view).toList();
    return new TagPage(items, page, size, total);
  }

  @Transactional
  public TagView get(long id) {
    Tag tag = Tag.findById(id);
    if (tag == null) {
      throw new NotFoundException();
    }
    return view(tag);
  }

  /** Creates a tag ({@code id} null) or changes one; unknown ids are 404. */
  public Labels.Outcome save(Long id, List<Labels.Input> inputs) {
    Labels.Outcome outcome;
    try {
      outcome = QuarkusTransaction.requiringNew().call(() -> write(id, inputs));
    } catch (PersistenceException raced) {
      // Another editor took a slug between the check and the commit.
      outcome =
          new Labels.Outcome.Invalid(Map.of("slug." + inputs.get(0).lang(), "errorSlugTaken"));
    }
    if (outcome instanceof Labels.Outcome.Saved) {
      navigation.reload();
      pages.invalidateAll();
    }
    return outcome;
  }

  private Labels.Outcome write(Long id, List<Labels.Input> inputs) {
    Tag tag = id == null ? new Tag() : Tag.findById(id);
    if (tag == null) {
      throw new NotFoundException();
    }
    Map<String, String> errors =
        Labels.errors(inputs, false, (lang, slug) -> taken(id, lang, slug));
    if (!errors.isEmpty()) {
      return new Labels.Outcome.Invalid(errors);
    }
    // Labels of languages the site no longer has are kept for the day it has them again.
    tag.labels.keySet().removeIf(lang -> languages.find(lang).isPresent());
    tag.labels.putAll(Labels.labels(inputs));
    tag.persist();
    Tag.flush();
    // Articles carry their tags' names and slugs: the feed gives them again.
    renames.fire(new LabelRenamed(Taxonomy.TAG, tag.id));
    return new Labels.Outcome.Saved(tag.id, Labels.firstName(inputs));
  }

  private static boolean taken(Long id, String lang, String slug) {
    return Tag.findBySlug(lang, slug).filter(other -> !other.id.equals(id)).isPresent();
  }

  private static TagView view(Tag tag) {
    Map<String, LocalizedName> labels = new LinkedHashMap<>();
    tag.labels.forEach((lang, l) -> labels.put(lang, new LocalizedName(l.name, l.slug)));
    return new TagView(tag.id, labels);
  }
}
