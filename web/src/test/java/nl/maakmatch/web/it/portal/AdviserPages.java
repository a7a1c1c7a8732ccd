package nl.maakmatch.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The ROM adviser's steps: the caseload, a firm's case file and its notes, the pipeline. */
public final class AdviserPages extends PortalPage {

  public AdviserPages(Browser browser, String base) {
    super(browser, base);
  }

  public List<String> caseload() {
    open("#/caseload");
    return all(By.cssSelector("#app table tbody tr")).stream().map(WebElement::getText).toList();
  }

  public void openCaseFile(String firmId) {
    follow(By.cssSelector("a[data-firm='" + firmId + "']"));
  }

  public void addNote(String text) {
    int before = notes().size();
    type("text", text);
    click(By.id("add-note"));
    await(d -> d.findElements(By.cssSelector("#notes li")).size() > before);
    settle();
  }

  public List<String> notes() {
    return all(By.cssSelector("#notes li")).stream().map(WebElement::getText).toList();
  }

  public void openPipeline() {
    open("#/pipeline");
  }

  /** Whether Chart.js drew the named pipeline chart. */
  public boolean showsChart(String key) {
    return comesTrue(
        "const c = document.getElementById('chart-' + arguments[0]);"
            + " return c !== null && window.Chart.getChart(c) !== undefined;",
        key);
  }
}
