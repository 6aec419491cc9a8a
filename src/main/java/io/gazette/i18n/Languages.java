package io.gazette.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The site's configured languages, in order; the first is the default. */
@ApplicationScoped
public class Languages {

  private final Map<String, Language> byCode = new LinkedHashMap<>();
  private final List<Language> all;
  private final Language defaultLanguage;

  @Inject
  Languages(GazetteConfig config) {
    this(config.languages());
  }

  Languages(List<String> tags) {
    boolean first = true;
    for (String raw : tags) {
      String code = Locale.forLanguageTag(raw.trim()).toLanguageTag();
      if (code.equals("und") || byCode.containsKey(code)) {
        throw new IllegalArgumentException("gazette.languages: invalid or repeated tag " + raw);
      }
      byCode.put(code, describe(code, first));
      first = false;
    }
    if (byCode.isEmpty()) {
      throw new IllegalArgumentException("gazette.languages must name at least one language");
    }
    all = Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    defaultLanguage = all.get(0);
  }

  public List<Language> all() {
    return all;
  }

  public Language defaultLanguage() {
    return defaultLanguage;
  }

  /** The configured language with exactly this tag, if any. */
  public Optional<Language> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /**
   * The reader's language: the one they chose (the {@code lang} cookie) when the site has it, else
   * the best match for their Accept-Language header, else the default.
   */
  public Language readerLanguage(String chosen, String acceptLanguage) {
    return find(chosen).orElseGet(() -> negotiate(acceptLanguage));
  }

  /** The best configured language for an Accept-Language header, or the default language. */
  public Language negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return defaultLanguage;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      String match = Locale.lookupTag(ranges, byCode.keySet());
      return all.stream()
          .filter(language -> language.code().equalsIgnoreCase(match))
          .findFirst()
          .orElse(defaultLanguage);
    } catch (IllegalArgumentException malformed) {
      return defaultLanguage;
    }
  }

  /**
   * A language's name as said in another, in the middle of a sentence: "anglais" on a French page,
   * "French" on an English one.
   */
  public String nameIn(String code, Language reader) {
    return ULocale.forLanguageTag(code).getDisplayName(ULocale.forLocale(reader.locale()));
  }

  private static Language describe(String code, boolean isDefault) {
    ULocale uLocale = ULocale.forLanguageTag(code);
    String name = uLocale.getDisplayName(uLocale);
    String capitalized =
        UCharacter.toTitleCase(
            uLocale,
            name,
            BreakIterator.getSentenceInstance(uLocale),
            UCharacter.TITLECASE_NO_LOWERCASE);
    String dir = uLocale.isRightToLeft() ? "rtl" : "ltr";
    return new Language(code, Locale.forLanguageTag(code), capitalized, dir, isDefault);
  }
}
