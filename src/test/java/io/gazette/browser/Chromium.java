package io.gazette.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium with a French profile of its own and the flags this machine needs (its
 * network is closed: no background traffic, no Selenium Manager).
 */
final class Chromium implements AutoCloseable {

  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final File BINARY = new File("/usr/bin/chromium");

  /** Longer than any page of the site takes, even with the machine's two cores busy. */
  static final Duration PAGE_LOAD = Duration.ofSeconds(60);

  private final Path userDataDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Chromium(Path userDataDir, ChromeDriverService service, ChromeDriver driver) {
    this.userDataDir = userDataDir;
    this.service = service;
    this.driver = driver;
  }

  /** Starts a browser whose reader prefers French; skips the test where Chromium is missing. */
  static Chromium start() throws IOException {
    assumeTrue(DRIVER.canExecute(), "no chromedriver at " + DRIVER);
    assumeTrue(BINARY.canExecute(), "no chromium at " + BINARY);
    Path userDataDir = Files.createTempDirectory("gazette-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options(userDataDir));
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
      return new Chromium(userDataDir, service, driver);
    } catch (RuntimeException notStarted) {
      service.stop();
      delete(userDataDir);
      throw notStarted;
    }
  }

  private static ChromeOptions options(Path userDataDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=fr",
        "--user-data-dir=" + userDataDir.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    return options;
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(userDataDir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
