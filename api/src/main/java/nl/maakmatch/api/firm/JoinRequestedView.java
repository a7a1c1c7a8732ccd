package nl.maakmatch.api.firm;

import java.util.Locale;
import nl.maakmatch.domain.firm.Registration;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * The answer to registering a KVK number that is registered already: the firm's owner was asked to
 * invite the caller. Nothing about the firm itself.
 *
 * @param status always {@code JOIN_REQUESTED}
 * @param message what happens next, in the caller's language
 */
public record JoinRequestedView(String status, String message) {

  public static JoinRequestedView of(Registration.JoinRequested request, Locale locale) {
    return new JoinRequestedView(
        "JOIN_REQUESTED", MessageRenderer.in(locale).render(request.message()));
  }
}
