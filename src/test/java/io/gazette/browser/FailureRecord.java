package io.gazette.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** What the browser showed when a test failed: a screenshot, the address and the page source. */
final class FailureRecord {

  private static final Path DIRECTORY = Path.of("target", "browser-failures");

  private FailureRecord() {}

  /**
   * Writes the record next to the test reports and says where; a record that cannot be made is
   * reported and skipped, so that it never hides the test's own failure.
   */
  static void write(WebDriver driver, String name) {
    try {
      Files.createDirectories(DIRECTORY);
      Path html = DIRECTORY.resolve(name + ".html");
      String source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
      Files.writeString(html, source, StandardCharsets.UTF_8);
      Path png = DIRECTORY.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      System.err.println("Browser at the failure: " + png.toAbsolutePath() + ", " + html);
    } catch (IOException | RuntimeException unrecorded) {
      System.err.println("No browser record of the failure: " + unrecorded);
    }
  }
}
