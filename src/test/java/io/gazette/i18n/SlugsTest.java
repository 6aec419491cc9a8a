package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void shouldFoldAccents() {
    assertThat(Slugs.of("Corée")).isEqualTo("coree");
    assertThat(Slugs.of("Les États-Unis lancent un avertissement"))
        .isEqualTo("les-etats-unis-lancent-un-avertissement");
    assertThat(Slugs.of("L’Extrême-Orient, nœud ferroviaire"))
        .isEqualTo("l-extreme-orient-noeud-ferroviaire");
  }

  @Test
  void shouldTransliterateOtherScripts() {
    assertThat(Slugs.of("Москва")).isEqualTo("moskva");
    assertThat(Slugs.of("Ελλάδα")).isEqualTo("ellada");
    assertThat(Slugs.of("مرحبا")).matches("[a-z0-9-]+");
    assertThat(Slugs.of("東京")).matches("[a-z0-9-]+");
  }

  @Test
  void shouldKeepSlugsShortAndClean() {
    String slug = Slugs.of("  --Un titre très long " + "encore ".repeat(30) + "!!");
    assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotStartWith("-").doesNotEndWith("-");
  }

  @Test
  void shouldAddSuffixWhenTaken() {
    Set<String> taken = Set.of("coree", "coree-2");
    assertThat(Slugs.unique("Corée", taken::contains)).isEqualTo("coree-3");
    assertThat(Slugs.unique("?!", taken::contains)).isEqualTo("article");
  }
}
