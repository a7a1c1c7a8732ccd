package nl.maakmatch.web.it.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian, driven by its own chromedriver (Selenium Manager downloads
 * nothing). One browser per person, so that Keycloak's session cookie never signs the next person
 * in as the previous one.
 */
public final class Browser implements AutoCloseable {

  public static final int LAPTOP = 1280;
  public static final int PHONE = 390;

  private static final String CHROMIUM =
      System.getProperty("maakmatch.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("maakmatch.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=nl-NL",
        "--window-size=" + LAPTOP + ",900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  public void width(int pixels) {
    driver.manage().window().setSize(new Dimension(pixels, 900));
  }

  /** Keeps what the person saw when a step failed: a screenshot and the page's HTML. */
  public void keepEvidence(String name) {
    Path folder = Path.of("target", "browser-failures");
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
