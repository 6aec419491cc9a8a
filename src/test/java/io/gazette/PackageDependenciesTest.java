package io.gazette;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folders depend downward, as docs/architecture.md draws them: no cycle, no way up. */
class PackageDependenciesTest {

  /** Every folder, from the top (may use any below it) to the bottom (uses none). */
  static final List<String> TOP_DOWN =
      List.of(
          "demo",
          "dashboard",
          "newsroom",
          "library",
          "lead",
          "translation",
          "breaking",
          "revision",
          "workflow",
          "editorial",
          "search",
          "feed",
          "sitemap",
          "listing",
          "article",
          "moderation",
          "related",
          "comment",
          "changefeed",
          "story",
          "media",
          "author",
          "account",
          "webhook",
          "audit",
          "taxonomy",
          "conflict",
          "api",
          "admin",
          "web",
          "i18n");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.gazette");

  @Test
  void shouldHaveNoCycleBetweenFolders() {
    slices().matching("io.gazette.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void shouldDependOnlyOnFoldersBelow() {
    for (int i = 0; i < TOP_DOWN.size(); i++) {
      String[] above =
          TOP_DOWN.subList(0, i + 1).stream().map(p -> "io.gazette." + p).toArray(String[]::new);
      String folder = "io.gazette." + TOP_DOWN.get(i);
      noClasses()
          .that()
          .resideInAPackage(folder)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(without(above, folder))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  void shouldPlaceEveryFolderInTheOrder() {
    CLASSES.stream()
        .map(c -> c.getPackageName())
        .filter(p -> p.startsWith("io.gazette."))
        .map(p -> p.substring("io.gazette.".length()).split("\\.")[0])
        .distinct()
        .forEach(
            folder ->
                org.junit.jupiter.api.Assertions.assertTrue(
                    TOP_DOWN.contains(folder), folder + " is missing from TOP_DOWN"));
  }

  private static String[] without(String[] packages, String excluded) {
    return java.util.Arrays.stream(packages)
        .filter(p -> !p.equals(excluded))
        .toArray(String[]::new);
  }
}
