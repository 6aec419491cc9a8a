package io.gazette.web;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Escapes line breaks and other control characters in every log message, whoever logs it: a path, a
 * header or a username sent by a stranger must not be able to start a forged line in the log. Stack
 * traces are printed apart from the message and keep their lines.
 */
@LoggingFilter(name = "escape-controls")
public final class LogEscaping implements Filter {

  @Override
  public boolean isLoggable(LogRecord record) {
    if (record instanceof ExtLogRecord entry) {
      String message = entry.getFormattedMessage();
      if (message != null && needsEscaping(message)) {
        entry.setMessage(escape(message), ExtLogRecord.FormatStyle.NO_FORMAT);
        entry.setParameters(null);
      }
    }
    return true;
  }

  /**
   * The text with CR, LF and other control characters as {@code \r}, {@code \n}, {@code \\uXXXX}.
   */
  public static String escape(String text) {
    StringBuilder safe = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                safe.append("\\n");
              } else if (c == '\r') {
                safe.append("\\r");
              } else if (isControl(c)) {
                safe.append(String.format("\\u%04x", c));
              } else {
                safe.appendCodePoint(c);
              }
            });
    return safe.toString();
  }

  private static boolean needsEscaping(String text) {
    return text.codePoints().anyMatch(c -> c == '\n' || c == '\r' || isControl(c));
  }

  // Tabs are harmless; line and paragraph separators and NEL end lines in some viewers.
  private static boolean isControl(int c) {
    return (Character.getType(c) == Character.CONTROL && c != '\t') || c == 0x2028 || c == 0x2029;
  }
}
