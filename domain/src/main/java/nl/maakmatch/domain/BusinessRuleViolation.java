package nl.maakmatch.domain;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * A well-formed request that a business rule forbids (answered with 422): {@code rule} names the
 * rule for machines, the explanation says it for people.
 */
public class BusinessRuleViolation extends RuntimeException implements Explained {

  private final String rule;
  private final Message explanation;

  public BusinessRuleViolation(String rule, Message explanation) {
    super(rule + ": " + explanation);
    this.rule = Objects.requireNonNull(rule);
    this.explanation = Objects.requireNonNull(explanation);
  }

  public String rule() {
    return rule;
  }

  @Override
  public Message explanation() {
    return explanation;
  }
}
