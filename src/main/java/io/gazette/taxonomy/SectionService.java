package io.gazette.taxonomy;

import io.gazette.i18n.Languages;
import io.gazette.web.PageCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sections as editors manage them: a name and slug in every site language and a position. Every
 * change reloads the navigation and forgets cached reader pages.
 */
@ApplicationScoped
public class SectionService {

  /** A section as the newsroom lists it, detached. */
  public record SectionView(long id, int position, Map<String, LocalizedName> labels) {}

  private static final int POSITION_LIMIT = 1_000_000;

  private final Languages languages;
  private final SiteNavigation navigation;
  private final PageCache pages;
  private final Event<LabelRenamed> renames;

  SectionService(
      Languages languages,
      SiteNavigation navigation,
      PageCache pages,
      Event<LabelRenamed> renames) {
    this.languages = languages;
    this.navigation = navigation;
    this.pages = pages;
    this.renames = renames;
  }

  @Transactional
  public List<SectionView> list() {
    return Section.listInOrder().stream().map(SectionService::view).toList();
  }

  /** The position after the last section, to suggest for a new one. */
  @Transactional
  public int nextPosition() {
    return Section.listInOrder().stream().mapToInt(s -> s.position + 1).max().orElse(1);
  }

  /** Creates a section ({@code id} null) or changes one; unknown ids are 404. */
  public Labels.Outcome save(Long id, String position, List<Labels.Input> inputs) {
    Labels.Outcome outcome;
    try {
      outcome = QuarkusTransaction.requiringNew().call(() -> write(id, position, inputs));
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

  private Labels.Outcome write(Long id, String position, List<Labels.Input> inputs) {
    Section section = id == null ? new Section() : Section.findById(id);
    if (section == null) {
      throw new NotFoundException();
    }
    Map<String, String> errors =
        new LinkedHashMap<>(Labels.errors(inputs, true, (lang, slug) -> taken(id, lang, slug)));
    Integer parsed = parsePosition(position);
    if (parsed == null) {
      errors.put("position", "errorPosition");
    }
    if (!errors.isEmpty()) {
      return new Labels.Outcome.Invalid(errors);
    }
    section.position = parsed;
    // Labels of languages the site no longer has are kept for the day it has them again.
    section.labels.keySet().removeIf(lang -> languages.find(lang).isPresent());
    section.labels.putAll(Labels.labels(inputs));
    section.persist();
    Section.flush();
    // Articles carry their section's name and slug: the feed gives them again.
    renames.fire(new LabelRenamed(Taxonomy.SECTION, section.id));
    return new Labels.Outcome.Saved(section.id, Labels.firstName(inputs));
  }

  private static boolean taken(Long id, String lang, String slug) {
    return Section.findBySlug(lang, slug).filter(other -> !other.id.equals(id)).isPresent();
  }

  private static Integer parsePosition(String text) {
    try {
      int position = Integer.parseInt(text == null ? "" : text.strip());
      return Math.abs(position) < POSITION_LIMIT ? position : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static SectionView view(Section section) {
    Map<String, LocalizedName> labels = new LinkedHashMap<>();
    section.labels.forEach((lang, l) -> labels.put(lang, new LocalizedName(l.name, l.slug)));
    return new SectionView(section.id, section.position, labels);
  }
}
