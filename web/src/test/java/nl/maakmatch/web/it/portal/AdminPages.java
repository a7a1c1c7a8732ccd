package nl.maakmatch.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's catalogue management. */
public final class AdminPages extends PortalPage {

  public AdminPages(Browser browser, String base) {
    super(browser, base);
  }

  public void openCatalogue() {
    open("#/admin/catalogue");
  }

  public void close(String instrumentId, String reason) {
    WebElement form = find(By.cssSelector("form[data-instrument='" + instrumentId + "']"));
    form.findElement(By.name("reason")).sendKeys(reason);
    click(form.findElement(By.cssSelector("button[type='submit']")));
    // the page renders the catalogue again once the server closed it
    await(ExpectedConditions.stalenessOf(form));
    settle();
  }

  public String rowOf(String instrumentId) {
    return find(By.xpath("//form[@data-instrument='" + instrumentId + "']/ancestor::tr")).getText();
  }

  /** An instrument's own page: its definition to edit and its version history, newest first. */
  public List<String> versionsOf(String instrumentId) {
    open("#/admin/instruments/" + instrumentId);
    return all(By.cssSelector("#instrument-versions tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The audit log's lines, newest first. */
  public List<String> auditLog() {
    open("#/admin/audit");
    return all(By.cssSelector("#app tbody tr")).stream().map(WebElement::getText).toList();
  }
}
