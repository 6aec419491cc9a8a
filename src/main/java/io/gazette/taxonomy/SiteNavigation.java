package io.gazette.taxonomy;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.NavSection;
import io.gazette.web.Navigation;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections shown in the header of every page, held in memory so that no page, not even an error
 * page answered on the I/O thread, needs the database for them.
 */
@ApplicationScoped
public class SiteNavigation implements Navigation {

  private final Languages languages;
  private volatile Map<String, List<NavSection>> byLanguage = Map.of();

  SiteNavigation(Languages languages) {
    this.languages = languages;
  }

  // After the demo content (priority 20), so that a first start shows its sections.
  void onStart(@Observes @Priority(30) StartupEvent event) {
    reload();
  }

  @Override
  public List<NavSection> sections(String lang) {
    return byLanguage.getOrDefault(lang, List.of());
  }

  /** Reads the sections again; called whenever sections change. */
  @Transactional
  public void reload() {
    List<Section> sections = Section.listInOrder();
    Map<String, List<NavSection>> fresh = new HashMap<>();
    for (Language language : languages.all()) {
      String lang = language.code();
      fresh.put(
          lang,
          sections.stream()
              .flatMap(
                  section ->
                      section.label(lang).stream()
                          .map(
                              label ->
                                  new NavSection(
                                      section.id,
                                      label.name,
                                      "/" + lang + "/section/" + label.slug)))
              .toList());
    }
    byLanguage = Map.copyOf(fresh);
  }
}
