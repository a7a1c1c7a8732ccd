package nl.maakmatch.domain;

import java.util.Objects;

/**
 * A well-formed request that a business rule forbids (answered with 422): the message says which
 * rule, in Dutch and English.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String rule;
  private final String messageEn;

  public BusinessRuleViolation(String rule, String messageNl, String messageEn) {
    super(messageNl);
    this.rule = Objects.requireNonNull(rule);
    this.messageEn = Objects.requireNonNull(messageEn);
  }

  public String rule() {
    return rule;
  }

  public String messageNl() {
    return getMessage();
  }

  public String messageEn() {
    return messageEn;
  }
}
