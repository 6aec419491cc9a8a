package io.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class LogEscapingTest {

  private static ExtLogRecord record(String format, Object... parameters) {
    var record = new ExtLogRecord(Level.INFO, format, ExtLogRecord.FormatStyle.PRINTF, "test");
    record.setParameters(parameters);
    return record;
  }

  @Test
  void shouldEscapeLineBreaksAndControlCharactersInTheFormattedMessage() {
    ExtLogRecord record =
        record("Failed to answer %s", "/fr/x\r\n2026-12-01 INFO [SessionService] Signed in\u0007");
    assertThat(new LogEscaping().isLoggable(record)).isTrue();
    assertThat(record.getFormattedMessage())
        .isEqualTo("Failed to answer /fr/x\\r\\n2026-12-01 INFO [SessionService] Signed in\\u0007")
        .doesNotContain("\n")
        .doesNotContain("\r");
  }

  @Test
  void shouldLeaveOrdinaryMessagesAsTheyAre() {
    ExtLogRecord record = record("Signed in %s from %s", "rédaction\tdesk", "127.0.0.1");
    new LogEscaping().isLoggable(record);
    assertThat(record.getFormattedMessage()).isEqualTo("Signed in rédaction\tdesk from 127.0.0.1");
  }

  @Test
  void shouldEscapeUnicodeLineSeparators() {
    assertThat(LogEscaping.escape("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
  }
}
