package io.gazette.taxonomy;

import io.gazette.i18n.Language;
import io.gazette.i18n.Names;
import io.gazette.i18n.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Names and slugs typed per language in a section or tag form, and the rules they follow. */
public final class Labels {

  static final int NAME_MAX = 100;
  static final int SLUG_MAX = 120;

  /** What was typed for one language. */
  public record Input(String lang, String name, String slug) {
    /** The slug to store: the typed one, else one made from the name. */
    public String effectiveSlug() {
      return slug.isEmpty() ? Slugs.of(name) : slug;
    }
  }

  /** How a section or tag form ended: saved (with its name for the notice) or refused. */
  public sealed interface Outcome {
    record Saved(long id, String name) implements Outcome {}

    /** Errors by field ({@code name.fr}, {@code slug.en}, {@code position}) to message keys. */
    record Invalid(Map<String, String> errors) implements Outcome {}
  }

  private Labels() {}

  /**
   * One input per configured language, from the form's parallel {@code lang}, {@code name} and
   * {@code slug} fields; a language the form did not send counts as left blank.
   */
  public static List<Input> inputs(
      List<Language> languages, List<String> langs, List<String> names, List<String> slugs) {
    List<Input> inputs = new ArrayList<>();
    for (Language language : languages) {
      int i = langs == null ? -1 : langs.indexOf(language.code());
      inputs.add(new Input(language.code(), at(names, i), at(slugs, i)));
    }
    return inputs;
  }

  /**
   * What is wrong with the inputs, by field. Every language needs a name when {@code allRequired},
   * else at least one does; {@code slugTaken(lang, slug)} says whether another record holds a slug.
   */
  public static Map<String, String> errors(
      List<Input> inputs, boolean allRequired, BiPredicate<String, String> slugTaken) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Input input : inputs) {
      boolean blank = input.name().isEmpty();
      if (blank && (allRequired || !input.slug().isEmpty())) {
        errors.put("name." + input.lang(), "errorName");
      } else if (input.name().length() > NAME_MAX) {
        errors.put("name." + input.lang(), "errorName");
      } else if (Names.hasHiddenCharacters(input.name())) {
        errors.put("name." + input.lang(), "errorNameInvisible");
      }
      if (blank) {
        continue;
      }
      String slug = input.effectiveSlug();
      if (slug.isEmpty() || slug.length() > SLUG_MAX || !slug.equals(Slugs.of(slug))) {
        errors.put("slug." + input.lang(), "errorSlugFormat");
      } else if (slugTaken.test(input.lang(), slug)) {
        errors.put("slug." + input.lang(), "errorSlugTaken");
      }
    }
    if (inputs.stream().allMatch(input -> input.name().isEmpty())) {
      errors.putIfAbsent("name." + inputs.get(0).lang(), allRequired ? "errorName" : "errorNoName");
    }
    return errors;
  }

  /** The labels to store: one per language that has a name. */
  public static Map<String, LocalizedName> labels(List<Input> inputs) {
    Map<String, LocalizedName> labels = new LinkedHashMap<>();
    for (Input input : inputs) {
      if (!input.name().isEmpty()) {
        labels.put(input.lang(), new LocalizedName(input.name(), input.effectiveSlug()));
      }
    }
    return labels;
  }

  /** The first name among the inputs, for notices. */
  public static String firstName(List<Input> inputs) {
    return inputs.stream().map(Input::name).filter(n -> !n.isEmpty()).findFirst().orElse("");
  }

  private static String at(List<String> values, int index) {
    if (values == null || index < 0 || index >= values.size() || values.get(index) == null) {
      return "";
    }
    return values.get(index).strip();
  }
}
