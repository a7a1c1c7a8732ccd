package nl.maakmatch.web.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every portal page offers a person: its address, the language switch, sign-in and sign-out,
 * and the checks every page must pass (accessibility, no sideways scrolling on a phone or a laptop,
 * in both languages).
 */
public class PortalPage {

  protected final Browser browser;
  protected final String base;
  private final WebDriverWait wait;

  public PortalPage(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
    this.wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
  }

  /** Opens a route of the portal, e.g. {@code #/preview}, and waits until it has rendered. */
  public void open(String route) {
    markShownPageStale();
    if (browser.driver.getCurrentUrl().equals(base + route)) {
      browser.driver.navigate().refresh();
    } else {
      browser.driver.get(base + route);
    }
    settle();
  }

  /** Follows a link or button to another page of the portal and waits until that page rendered. */
  protected void follow(By link) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(link));
    markShownPageStale();
    click(element);
    settle();
  }

  /**
   * Goes to {@code slowRoute}, whose data ({@code slowApi}) reaches the browser a second and a half
   * late, and on to {@code next} before it has arrived; returns once that data arrived and the page
   * had time to draw it, with the browser's own fetch back in place.
   */
  public void leaveBeforeItsDataArrives(String slowRoute, String slowApi, String next) {
    markShownPageStale();
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "const [slowRoute, slowApi, next] = arguments;"
                + "const real = window.fetch;"
                + "window.lateDataDrawn = false;"
                + "window.fetch = async (url, options) => {"
                + "  const response = await real(url, options);"
                + "  if (String(url).endsWith(slowApi)) {"
                + "    await new Promise((later) => setTimeout(later, 1500));"
                + "    setTimeout(() => { window.fetch = real; window.lateDataDrawn = true; }, 500);"
                + "  }"
                + "  return response;"
                + "};"
                + "location.hash = slowRoute;"
                + "setTimeout(() => { location.hash = next; }, 100);",
            slowRoute,
            slowApi,
            next);
    wait.until(
        d -> (Boolean) ((JavascriptExecutor) d).executeScript("return window.lateDataDrawn;"));
    settle();
  }

  // a new hash in the same document is routed after the click or get() returns: mark what is shown
  // now, so that settle() waits for the page the route draws, not the one before it
  private void markShownPageStale() {
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelectorAll('#app h1').forEach(h => h.setAttribute('data-stale', ''));");
  }

  /** Waits until the page has a heading and nothing is loading any more. */
  public void settle() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && document.querySelector('#app h1:not([data-stale])') !== null"
                            + " && document.querySelector('#app .loading') === null"
                            + " && document.querySelector('#brand').textContent !== '';"));
  }

  public String heading() {
    return find(By.cssSelector("#app h1")).getText();
  }

  public String language() {
    return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public void switchLanguage() {
    String before = language();
    find(By.id("language-switch")).click();
    wait.until(d -> !before.equals(language()));
    settle();
  }

  public void signIn(String user, String password) {
    find(By.id("sign-in")).click();
    new KeycloakLogin(browser).signIn(user, password);
    signedIn();
  }

  /** Waits until the portal shows the person signed in, back from Keycloak. */
  public void signedIn() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    settle();
  }

  public void signOut() {
    find(By.id("sign-out")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
  }

  /**
   * The checks of every page, in both languages: no serious or critical accessibility violation
   * (axe-core), and no sideways scrolling at phone or laptop width. Leaves the page as it was.
   */
  public void passesPageChecks() {
    for (int round = 0; round < 2; round++) {
      assertThat(seriousViolations())
          .as("accessibility of %s in %s", browser.driver.getCurrentUrl(), language())
          .isEmpty();
      for (int width : new int[] {Browser.PHONE, Browser.LAPTOP}) {
        browser.width(width);
        assertThat(scrollsSideways())
            .as(
                "%s in %s scrolls sideways at %d px",
                browser.driver.getCurrentUrl(), language(), width)
            .isFalse();
      }
      switchLanguage();
    }
  }

  private List<String> seriousViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser.driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(PortalPage::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
  }

  private boolean scrollsSideways() {
    return (Boolean)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth"
                    + " || document.body.scrollWidth > window.innerWidth;");
  }

  // --- small helpers for the pages ---

  protected WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected WebElement field(String name) {
    return find(By.name(name));
  }

  protected void type(String name, String value) {
    WebElement field = field(name);
    field.clear();
    field.sendKeys(value);
  }

  /** Sets a date field: typing into a date control depends on the browser's locale. */
  protected void date(String name, String isoDate) {
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            field(name),
            isoDate);
  }

  protected void choose(String name, String value) {
    new Select(field(name)).selectByValue(value);
  }

  protected void check(String name, String value) {
    WebElement box = find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!box.isSelected()) {
      click(box);
    }
  }

  protected void tick(String name) {
    WebElement box = find(By.name(name));
    if (!box.isSelected()) {
      click(box);
    }
  }

  protected void click(By by) {
    click(wait.until(ExpectedConditions.elementToBeClickable(by)));
  }

  protected void click(WebElement element) {
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /**
   * Whether the script comes true within the wait, for what the page draws a frame after it
   * rendered (Chart.js charts are drawn in an animation frame).
   */
  protected boolean comesTrue(String script, Object... arguments) {
    try {
      return wait.until(
          d -> (Boolean) ((JavascriptExecutor) d).executeScript(script, arguments) ? true : null);
    } catch (TimeoutException e) {
      return false;
    }
  }

  protected <T> T await(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  protected List<WebElement> all(By by) {
    return browser.driver.findElements(by);
  }
}
