package nl.maakmatch.web.it.portal;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Opens the browsers of a test and, when a step fails, keeps each one's screenshot and HTML in
 * {@code target/browser-failures} before they close.
 */
public final class Evidence implements TestExecutionExceptionHandler, AfterEachCallback {

  private final List<Browser> browsers = new ArrayList<>();

  public Browser newBrowser() {
    Browser browser = new Browser();
    browsers.add(browser);
    return browser;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    for (int i = 0; i < browsers.size(); i++) {
      try {
        browsers.get(i).keepEvidence(context.getRequiredTestMethod().getName() + "-" + i);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    browsers.forEach(Browser::close);
    browsers.clear();
  }
}
