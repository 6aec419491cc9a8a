package io.gazette;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for browser tests, with a French profile of its own and the flags this
 * machine needs (its network is closed: no background traffic, no Selenium Manager).
 */
public final class Chromium implements AutoCloseable {

  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final File BINARY = new File("/usr/bin/chromium");

  private final Path userDataDir;
  private final ChromeDriverService service;
  private final WebDriver driver;
  private final WebDriverWait wait;

  private Chromium(Path userDataDir, ChromeDriverService service, WebDriver driver, Duration wait) {
    this.userDataDir = userDataDir;
    this.service = service;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, wait);
  }

  /** Starts a browser whose readers prefer French; skips the test where Chromium is missing. */
  public static Chromium start(Duration wait) throws IOException {
    assumeTrue(DRIVER.canExecute(), "no chromedriver at " + DRIVER);
    assumeTrue(BINARY.canExecute(), "no chromium at " + BINARY);
    Path userDataDir = Files.createTempDirectory("gazette-chromium-");
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
        // The site scrolls smoothly; without this a click may land while the page still moves.
        "--force-prefers-reduced-motion",
        "--lang=fr",
        "--user-data-dir=" + userDataDir.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Chromium(userDataDir, service, driver, wait);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiter() {
    return wait;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> paths = Files.walk(userDataDir)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
