package nl.maakmatch.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The firm owner's steps: register, create the firm and a plan, act on the match and offers. */
public final class FirmOwnerPages extends PortalPage {

  public FirmOwnerPages(Browser browser, String base) {
    super(browser, base);
  }

  /** Registers a new account on the realm's registration page, starting from the portal. */
  public void registerAs(String username, String email, String password) {
    open("#/");
    find(By.id("sign-in")).click();
    new KeycloakLogin(browser).register(username, email, "Fenna", "Bakker", password);
    signedIn();
  }

  public String keycloakLanguageWhenSigningIn() {
    open("#/");
    find(By.id("sign-in")).click();
    String language = new KeycloakLogin(browser).language();
    browser.driver.navigate().back();
    settle();
    return language;
  }

  public void registerFirm(String kvk, String name) {
    open("#/firms/new");
    type("kvkNumber", kvk);
    type("legalName", name);
    type("sbiCodes", "25.62");
    choose("province", "NB");
    date("foundedOn", "2015-03-01");
    type("employees", "28");
    type("annualTurnoverEur", "4200000");
    type("balanceSheetTotalEur", "2600000");
    click(By.id("firm-submit"));
    await(d -> d.getCurrentUrl().matches(".*#/firms/[0-9a-f-]{36}$"));
    settle();
  }

  /** Changes the firm's head count on its edit page and returns to the firm's page. */
  public void reviseEmployees(String employees) {
    String firm = browser.driver.getCurrentUrl();
    follow(By.id("edit-firm"));
    type("employees", employees);
    click(By.id("firm-submit"));
    await(d -> d.getCurrentUrl().equals(firm));
    settle();
  }

  /** The firm page's facts, e.g. "Werknemers (fte) 30". */
  public String firmFacts() {
    return find(By.cssSelector("dl.facts")).getText();
  }

  /** The firm's history, newest first, one line per version. */
  public List<String> firmHistory() {
    return all(By.cssSelector("#firm-history tbody tr")).stream().map(WebElement::getText).toList();
  }

  public String firmId() {
    return browser.driver.getCurrentUrl().replaceAll(".*#/firms/([0-9a-f-]{36}).*", "$1");
  }

  /** Has the firm erased from its page, confirming with its KVK number; the receipt shown. */
  public String eraseFirm(String firmId, String kvk) {
    open("#/firms/" + firmId);
    type("confirmKvk", kvk);
    click(By.id("erase-firm"));
    return find(By.cssSelector("#firm-erased .notice-success")).getText();
  }

  public void requestGuidance() {
    click(By.id("request-guidance"));
    find(By.cssSelector("#guidance-form .notice-success"));
  }

  /** The wizard: the plan, two capex lines, the financing, then submit (which also matches). */
  public void createAndSubmitPlan(String title) {
    follow(By.id("new-plan"));
    type("title", title);
    check("purposes", "MACHINERY");
    check("purposes", "PROCESS_INNOVATION");
    date("startsOn", "2027-09-01");
    type("trl", "8");
    click(By.id("wizard-next"));
    capexLine(0, "Freesmachine 5-assig", "MACHINERY", "650000", "10");
    click(By.cssSelector("[data-repeater='capexLines'] .add-row"));
    capexLine(1, "Besturingssoftware", "SOFTWARE", "150000", "5");
    click(By.id("wizard-next"));
    type("ownContributionEur", "150000");
    click(By.id("wizard-next"));
    click(By.id("wizard-submit"));
    await(d -> d.getCurrentUrl().matches(".*#/firms/[0-9a-f-]{36}/plans/[0-9a-f-]{36}$"));
    settle();
    find(By.id("stack-chart"));
  }

  private void capexLine(
      int index, String description, String category, String amount, String life) {
    String prefix = "capexLines[" + index + "].";
    type(prefix + "description", description);
    choose(prefix + "category", category);
    type(prefix + "amountEur", amount);
    type(prefix + "year", "2027");
    type(prefix + "economicLifeYears", life);
  }

  public String planUrl() {
    return browser.driver.getCurrentUrl();
  }

  public String planStatus() {
    return find(By.id("plan-status")).getText();
  }

  /** The instruments that finance the plan in the proposed stack (the stack table's rows). */
  public List<String> stackRows() {
    return all(By.cssSelector(".stack table tbody tr")).stream().map(WebElement::getText).toList();
  }

  /** The ids of the instruments the proposed stack uses, in the order to apply. */
  public List<String> stackInstruments() {
    return all(By.cssSelector(".stack table tbody a[data-instrument]")).stream()
        .map(link -> link.getAttribute("data-instrument"))
        .toList();
  }

  public void requestIntroductions(String... organisations) {
    for (String organisation : organisations) {
      WebElement choice =
          find(By.cssSelector(".financier-choice[data-organisation='" + organisation + "']"));
      WebElement box =
          choice.findElement(By.cssSelector("input[name='choose." + organisation + "']"));
      click(box);
    }
    type("message", "Graag horen wij of u wilt meefinancieren.");
    click(By.id("request-introductions"));
    await(
        d ->
            d.findElements(By.cssSelector(".introductions table tbody tr")).size()
                >= organisations.length);
    settle();
  }

  public List<String> introductionRows() {
    return all(By.cssSelector(".introductions table tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public void openIntroductionWith(String organisationName) {
    follow(
        By.xpath(
            "//section[contains(@class,'introductions')]//a[contains(., '"
                + organisationName
                + "')]"));
  }

  public List<String> timeline() {
    return all(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
  }

  public void sendMessage(String text) {
    int before = timeline().size();
    type("text", text);
    click(By.id("send-message"));
    await(d -> d.findElements(By.cssSelector("#timeline li")).size() > before);
    settle();
  }

  public String offer() {
    return find(By.id("offer")).getText();
  }

  public void acceptTheOffer() {
    click(By.id("accept-offer"));
    await(d -> d.findElements(By.id("accept-offer")).isEmpty());
    settle();
  }

  public String introductionState() {
    return find(By.id("intro-state")).getText();
  }
}
