package nl.maakmatch.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The financier's steps: the inbox, the dossier, questions and offers. */
public final class FinancierPages extends PortalPage {

  public FinancierPages(Browser browser, String base) {
    super(browser, base);
  }

  public List<String> inbox() {
    open("#/inbox");
    return all(By.cssSelector("#app table tbody tr")).stream().map(WebElement::getText).toList();
  }

  public void openDossier(String planTitle) {
    follow(By.xpath("//table//a[contains(., '" + planTitle + "')]"));
  }

  public String dossier() {
    return find(By.id("app")).getText();
  }

  /** The reasons the dossier's stored match gives for an instrument, opened as a person would. */
  public List<String> reasonsFor(String instrumentId) {
    WebElement entry =
        find(By.cssSelector(".stored-match .instrument[data-instrument='" + instrumentId + "']"));
    click(entry.findElement(By.tagName("summary")));
    return entry.findElements(By.cssSelector(".reasons li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public void askForInformation(String question) {
    answer("NEEDS_INFO", question);
  }

  public void offer(String amount, String rate, String months, String validUntil) {
    choose("kind", "OFFER");
    type("offer.amountEur", amount);
    type("offer.annualRatePercent", rate);
    type("offer.termMonths", months);
    date("offer.validUntil", validUntil);
    type("offer.conditions", "Zekerheid: eerste pandrecht op de machine.");
    click(By.id("send-answer"));
    await(d -> d.findElements(By.id("offer")).size() == 1);
    settle();
  }

  private void answer(String kind, String text) {
    int before = all(By.cssSelector("#timeline li")).size();
    choose("kind", kind);
    type("text", text);
    click(By.id("send-answer"));
    await(d -> d.findElements(By.cssSelector("#timeline li")).size() > before);
    settle();
  }

  public List<String> timeline() {
    return all(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
  }
}
