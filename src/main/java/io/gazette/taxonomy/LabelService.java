package io.gazette.taxonomy;

import io.gazette.i18n.Languages;
import io.gazette.web.PageCache;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Sections or tags as editors manage them: a name and slug per language, checked, then written in a
 * transaction of its own. Every change reloads the navigation and forgets cached reader pages,
 * which show these names.
 *
 * @param <E> the entity, {@link Section} or {@link Tag}
 */
public abstract class LabelService<E extends LabelledEntity> {

  private final Taxonomy taxonomy;
  private final Class<E> type;
  private final Supplier<E> create;
  private final BiFunction<String, String, Optional<E>> findBySlug;

  // Fields rather than constructor parameters: the subclasses need not pass them along.
  @Inject Languages languages;
  @Inject SiteNavigation navigation;
  @Inject PageCache pages;
  @Inject Event<LabelRenamed> renames;

  /** The taxonomy, and its entities' class, constructor and finder by slug. */
  LabelService(
      Taxonomy taxonomy,
      Class<E> type,
      Supplier<E> create,
      BiFunction<String, String, Optional<E>> findBySlug) {
    this.taxonomy = taxonomy;
    this.type = type;
    this.create = create;
    this.findBySlug = findBySlug;
  }

  @Transactional
  public LabelView get(long id) {
    E label = find(id);
    if (label == null) {
      throw new NotFoundException();
    }
    return view(label);
  }

  /** Creates one ({@code id} null) or changes one; unknown ids are 404. */
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

  LabelView view(E label) {
    Map<String, LocalizedName> copy = new LinkedHashMap<>();
    label.labels.forEach((lang, l) -> copy.put(lang, new LocalizedName(l.name, l.slug)));
    return new LabelView(label.id, position(label), copy);
  }

  /** The stored position, null where there is none. */
  Integer position(E label) {
    return null;
  }

  /** The message key of what is wrong with the typed position, null when nothing is. */
  String positionError(String position) {
    return null;
  }

  /** Stores the typed position, once everything typed is known to be valid. */
  void place(E label, String position) {}

  private Labels.Outcome write(Long id, String position, List<Labels.Input> inputs) {
    E label = id == null ? create.get() : find(id);
    if (label == null) {
      throw new NotFoundException();
    }
    Map<String, String> errors = errors(id, position, inputs);
    if (!errors.isEmpty()) {
      return new Labels.Outcome.Invalid(errors);
    }
    place(label, position);
    // Labels of languages the site no longer has are kept for the day it has them again.
    label.labels.keySet().removeIf(lang -> languages.find(lang).isPresent());
    label.labels.putAll(Labels.labels(inputs));
    label.persistAndFlush();
    // Articles carry their section's and tags' names and slugs: the feed gives them again.
    renames.fire(new LabelRenamed(taxonomy, label.id));
    return new Labels.Outcome.Saved(label.id, Labels.firstName(inputs));
  }

  private Map<String, String> errors(Long id, String position, List<Labels.Input> inputs) {
    Map<String, String> errors =
        new LinkedHashMap<>(
            Labels.errors(inputs, taxonomy.everyLanguage(), (lang, slug) -> taken(id, lang, slug)));
    String positionError = positionError(position);
    if (positionError != null) {
      errors.put("position", positionError);
    }
    return errors;
  }

  // What Section.findById(id) does; a reference to it would name PanacheEntityBase's, which throws.
  private E find(long id) {
    return Panache.getEntityManager(type).find(type, id);
  }

  private boolean taken(Long id, String lang, String slug) {
    return findBySlug.apply(lang, slug).filter(other -> !other.id.equals(id)).isPresent();
  }
}
