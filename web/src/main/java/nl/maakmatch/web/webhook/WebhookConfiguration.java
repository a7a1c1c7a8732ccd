package nl.maakmatch.web.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.maakmatch.domain.webhook.WebhookOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The domain's webhook options, from MicroProfile Config. */
@ApplicationScoped
public class WebhookConfiguration {

  /** Plain http to this machine: the tests' and the demo's receivers have no certificate. */
  @Inject
  @ConfigProperty(name = "maakmatch.webhooks.allow-http-loopback", defaultValue = "false")
  boolean allowHttpLoopback;

  // dependent scope: a record cannot be proxied
  @Produces
  WebhookOptions options() {
    return new WebhookOptions(allowHttpLoopback);
  }
}
