package nl.maakmatch.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Bekijk uw mogelijkheden": the anonymous preview form and its instant result. */
public final class PreviewPage extends PortalPage {

  public PreviewPage(Browser browser, String base) {
    super(browser, base);
  }

  public PreviewPage openIt() {
    open("#/preview");
    return this;
  }

  /** The README's example: a 45-person metalworker in Noord-Brabant buying a milling line. */
  public PreviewPage fillTheReadmeExample() {
    choose("firm.province", "NB");
    type("firm.sbiCode", "25.62");
    date("firm.foundedOn", "2012-05-01");
    type("firm.employees", "45");
    type("firm.annualTurnoverEur", "8000000");
    type("firm.balanceSheetTotalEur", "5000000");
    check("plan.purposes", "MACHINERY");
    check("plan.purposes", "PROCESS_INNOVATION");
    type("plan.totalInvestmentEur", "1200000");
    type("plan.ownContributionEur", "200000");
    date("plan.startsOn", "2027-06-01");
    type("plan.trl", "8");
    return this;
  }

  public PreviewPage submit() {
    click(By.id("preview-submit"));
    await(
        d ->
            !d.findElements(By.cssSelector("#preview-results .match-result, .error-summary"))
                .isEmpty());
    return this;
  }

  public List<String> instrumentsIn(String group) {
    return all(By.cssSelector("[data-group='" + group + "'] .instrument")).stream()
        .map(e -> e.getAttribute("data-instrument"))
        .toList();
  }

  /** The reasons an instrument's entry gives, opened as a person would open it. */
  public List<String> reasonsFor(String instrumentId) {
    WebElement entry = find(By.cssSelector(".instrument[data-instrument='" + instrumentId + "']"));
    click(entry.findElement(By.tagName("summary")));
    return entry.findElements(By.cssSelector(".reasons li, .unmet li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Whether Chart.js drew the stack: the canvas has a chart bound to it and a size. */
  public boolean showsAStackChart() {
    return comesTrue(
        "const c = document.getElementById('stack-chart');"
            + " return c !== null && window.Chart.getChart(c) !== undefined"
            + " && c.width > 0 && c.height > 0;");
  }

  /** Types into a field as a person would, replacing what was there. */
  public PreviewPage enter(String name, String value) {
    type(name, value);
    return this;
  }

  public String errorSummary() {
    return find(By.cssSelector(".error-summary")).getText();
  }

  public String fieldError(String name) {
    return find(By.cssSelector("[data-field='" + name + "'] .field-error")).getText();
  }

  public String valueOf(String name) {
    return field(name).getAttribute("value");
  }
}
