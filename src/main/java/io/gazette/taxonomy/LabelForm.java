package io.gazette.taxonomy;

import io.gazette.i18n.Language;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A section or tag form as a page shows it: per language, what it holds or what was typed, and what
 * is wrong with it.
 *
 * @param id the record edited, or null for the creation form
 * @param position the position typed (sections only)
 * @param positionError the message for the position, or null
 * @param fields one per configured language
 * @param open whether the form is shown unfolded (it came back with errors)
 */
@TemplateData
public record LabelForm(
    Long id, String position, String positionError, List<Field> fields, boolean open) {

  /** One language's name and slug. */
  @TemplateData
  public record Field(
      String lang,
      String languageName,
      String name,
      String slug,
      String nameError,
      String slugError) {

    /** The language's name as a heading: "Français" where the sentence form is "français". */
    public String legend() {
      return languageName.isEmpty()
          ? languageName
          : languageName.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + languageName.substring(1);
    }
  }

  /** The name in a language, else the first name given. */
  public String nameIn(String lang) {
    return fields.stream()
        .filter(field -> field.lang().equals(lang) && !field.name().isEmpty())
        .findFirst()
        .or(() -> fields.stream().filter(field -> !field.name().isEmpty()).findFirst())
        .map(Field::name)
        .orElse("");
  }

  /** The form filled with a listed section or tag. */
  public static LabelForm stored(LabelView label, List<Language> languages, Language ui) {
    String position = label.position() == null ? "" : String.valueOf(label.position());
    return stored(label.id(), position, label.labels(), languages, ui);
  }

  /** The form filled with what is stored. */
  public static LabelForm stored(
      Long id,
      String position,
      Map<String, LocalizedName> labels,
      List<Language> languages,
      Language ui) {
    List<Field> fields =
        languages.stream()
            .map(
                language -> {
                  LocalizedName label = labels.get(language.code());
                  return new Field(
                      language.code(),
                      NewsroomWords.languageName(language, ui),
                      label == null ? "" : label.name,
                      label == null ? "" : label.slug,
                      null,
                      null);
                })
            .toList();
    return new LabelForm(id, position, null, fields, false);
  }

  /** The form as it was sent, with the messages of what is wrong. */
  public static LabelForm typed(
      Long id,
      String position,
      List<Labels.Input> inputs,
      Map<String, String> errors,
      List<Language> languages,
      Language ui,
      NewsroomMessages m) {
    List<Field> fields =
        languages.stream()
            .map(
                language -> {
                  Labels.Input input =
                      inputs.stream()
                          .filter(i -> i.lang().equals(language.code()))
                          .findFirst()
                          .orElse(new Labels.Input(language.code(), "", ""));
                  return new Field(
                      language.code(),
                      NewsroomWords.languageName(language, ui),
                      input.name(),
                      input.slug(),
                      message(m, errors.get("name." + language.code())),
                      message(m, errors.get("slug." + language.code())));
                })
            .toList();
    return new LabelForm(id, position, message(m, errors.get("position")), fields, true);
  }

  private static String message(NewsroomMessages m, String key) {
    return key == null ? null : NewsroomWords.error(m, key);
  }
}
