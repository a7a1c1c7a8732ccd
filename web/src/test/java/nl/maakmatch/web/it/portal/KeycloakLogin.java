package nl.maakmatch.web.it.portal;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The realm's own sign-in and registration pages (MaakMatch's theme on Keycloak). */
public final class KeycloakLogin {

  private final WebDriver driver;
  private final WebDriverWait wait;

  KeycloakLogin(Browser browser) {
    this.driver = browser.driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  void signIn(String user, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** From the sign-in page to the registration form, which it fills in and sends. */
  void register(String username, String email, String firstName, String lastName, String password) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href*='login-actions/registration']")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys(email);
    if (!driver.findElements(By.id("username")).isEmpty()) {
      driver.findElement(By.id("username")).sendKeys(username);
    }
    driver.findElement(By.id("firstName")).sendKeys(firstName);
    driver.findElement(By.id("lastName")).sendKeys(lastName);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("password-confirm")).sendKeys(password);
    driver.findElement(By.cssSelector("#kc-register-form [type='submit']")).click();
  }

  /** The sign-in page's language, as its html element states it. */
  String language() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }
}
