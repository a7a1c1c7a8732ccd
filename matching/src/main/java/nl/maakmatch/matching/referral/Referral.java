package nl.maakmatch.matching.referral;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * "Also talk to": support that is not money, with why it fits this plan.
 *
 * @param support which kind
 * @param name what it is called, in the reader's language
 * @param why why it helps this plan ("your plan is about process innovation")
 */
public record Referral(Support support, Message name, Message why) {

  public Referral {
    Objects.requireNonNull(support, "support");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(why, "why");
  }
}
