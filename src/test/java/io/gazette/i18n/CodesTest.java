package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

  enum Sample {
    SAVED,
    SENT_BACK,
    UP_TO_DATE
  }

  @Test
  void shouldReadCodesWithHyphens() {
    assertThat(Codes.kebab(Sample.class, "saved")).contains(Sample.SAVED);
    assertThat(Codes.kebab(Sample.class, "sent-back")).contains(Sample.SENT_BACK);
  }

  @Test
  void shouldReadCodesInCamelCase() {
    assertThat(Codes.camel(Sample.class, "upToDate")).contains(Sample.UP_TO_DATE);
    assertThat(Codes.camel(Sample.class, "error", "errorSentBack")).contains(Sample.SENT_BACK);
  }

  @Test
  void shouldMatchOnlyTheCodeAsWritten() {
    assertThat(Codes.kebab(Sample.class, "SENT-BACK")).isEmpty();
    assertThat(Codes.kebab(Sample.class, "sent_back")).isEmpty();
    assertThat(Codes.kebab(Sample.class, " saved")).isEmpty();
    assertThat(Codes.kebab(Sample.class, null)).isEmpty();
    assertThat(Codes.camel(Sample.class, "uptodate")).isEmpty();
    assertThat(Codes.camel(Sample.class, "error", "sentBack")).isEmpty();
  }
}
