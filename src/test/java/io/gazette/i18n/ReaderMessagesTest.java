package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Guards the interface language: no missing key in any language, no literal text in templates. */
class ReaderMessagesTest {

  static final Path MESSAGES = Path.of("src/main/resources/messages");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final List<String> SITE_LANGUAGES = List.of("fr", "en");

  @Test
  void shouldHaveEveryReaderMessageInEveryLanguageFile() throws IOException {
    Set<String> methods =
        Arrays.stream(ReaderMessages.class.getDeclaredMethods())
            .map(java.lang.reflect.Method::getName)
            .collect(Collectors.toSet());
    Map<String, Properties> files = bundleFiles("reader");
    assertThat(files.keySet()).containsAll(SITE_LANGUAGES);
    files.forEach(
        (lang, messages) ->
            assertThat(messages.stringPropertyNames())
                .as("reader_%s.properties", lang)
                .isEqualTo(methods));
  }

  @Test
  void shouldHaveEveryMessageOfEveryBundleInEveryLanguageFile() throws IOException {
    List<Class<?>> bundles = BundleKeys.bundles();
    assertThat(bundles).contains(ReaderMessages.class, NewsroomMessages.class);
    for (Class<?> bundle : bundles) {
      String name = bundle.getAnnotation(MessageBundle.class).value();
      Map<String, Properties> files = bundleFiles(name);
      assertThat(files.keySet()).as("%s files", name).containsAll(SITE_LANGUAGES);
      files.forEach(
          (lang, messages) ->
              assertThat(messages.stringPropertyNames())
                  .as("%s_%s.properties for %s", name, lang, bundle.getSimpleName())
                  .isEqualTo(BundleKeys.of(bundle)));
    }
  }

  @Test
  void shouldHaveTheSameKeysInEveryLanguageOfEveryBundle() throws IOException {
    Map<String, List<Path>> bundles;
    try (Stream<Path> files = Files.list(MESSAGES)) {
      bundles =
          files.collect(Collectors.groupingBy(file -> file.getFileName().toString().split("_")[0]));
    }
    for (String bundle : bundles.keySet()) {
      var files = bundleFiles(bundle);
      var expected = files.get("en").stringPropertyNames();
      files.forEach(
          (lang, messages) ->
              assertThat(messages.stringPropertyNames())
                  .as("%s_%s", bundle, lang)
                  .isEqualTo(expected));
    }
  }

  @Test
  void shouldKeepUserVisibleTextOutOfTemplates() throws IOException {
    List<Path> templates;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      templates = files.filter(file -> file.toString().endsWith(".html")).toList();
    }
    assertThat(templates).isNotEmpty();
    for (Path template : templates) {
      String source = Files.readString(template);
      // field-aria.html is a run of attributes that tags/field includes inside its control's tag.
      if (template.endsWith("field-aria.html")) {
        source = "<input " + source + ">";
      }
      String withoutExpressions = stripQute(source);
      var document = Jsoup.parse(withoutExpressions);
      for (TextNode text : document.select("*").textNodes()) {
        assertThat(text.text().strip()).as("text in %s", template).doesNotContainPattern("\\p{L}");
      }
      for (Element element : document.select("[title], [alt], [aria-label], [placeholder]")) {
        for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
          assertThat(element.attr(attribute))
              .as("%s in %s", attribute, template)
              .doesNotContainPattern("\\p{L}");
        }
      }
    }
  }

  /** Qute expressions and section tags removed, leaving only what a template writes literally. */
  static String stripQute(String template) {
    String previous;
    String current = template.replaceAll("(?s)\\{!.*?!\\}", "");
    // The field tag's nested content is its control's attributes (a select's options with
    // as="select"): read it as such, so that an attribute is not taken for text and a title or a
    // placeholder in it is still checked.
    // A tag whose name is an expression (tags/card: <{heading} ...>) still reads as a tag.
    current = current.replaceAll("<(/?)\\{[^{}]*\\}", "<$1x");
    current =
        current
            .replaceAll(
                "(?s)\\{#field [^{}]*as=\"select\"[^{}]*\\}(.*?)\\{/field\\}",
                "<select>$1</select>")
            .replaceAll("(?s)\\{#field [^{}]*\\}(.*?)\\{/field\\}", "<input $1>");
    do {
      previous = current;
      current = current.replaceAll("\\{[^{}]*\\}", "");
    } while (!current.equals(previous));
    return current;
  }

  static Map<String, Properties> bundleFiles(String bundle) throws IOException {
    Map<String, Properties> byLanguage = new TreeMap<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith(bundle + "_")).toList()) {
        String name = file.getFileName().toString();
        String lang = name.substring(bundle.length() + 1, name.length() - ".properties".length());
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          messages.load(reader);
        }
        byLanguage.put(lang, messages);
      }
    }
    return byLanguage;
  }
}
