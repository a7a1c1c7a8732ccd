package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.text.Message;

/**
 * What registering a KVK number led to: the caller's new firm, or, when a firm with that number is
 * registered already, a request to join it that its members see in their audit log. The answer
 * names nothing of that firm (its name, id, members); that the number is taken still shows, but
 * never without the firm's owner seeing who asked.
 */
public sealed interface Registration permits Registration.Registered, Registration.JoinRequested {

  /** The new firm, if one was registered. */
  Optional<Firm> registered();

  record Registered(Firm firm) implements Registration {
    public Registered {
      Objects.requireNonNull(firm, "firm");
    }

    @Override
    public Optional<Firm> registered() {
      return Optional.of(firm);
    }
  }

  /** The firm's owner was asked to invite the caller; what to tell the caller. */
  record JoinRequested(Message message) implements Registration {
    public JoinRequested {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public Optional<Firm> registered() {
      return Optional.empty();
    }
  }

  static Registration joinRequested() {
    return new JoinRequested(TEXT.get("firm.joinRequested"));
  }
}
