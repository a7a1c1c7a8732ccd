package nl.maakmatch.domain.deal;

/**
 * Where an introduction stands: REQUESTED → SEEN → INTERESTED | NEEDS_INFO | DECLINED | OFFERED →
 * ACCEPTED | REJECTED (the firm's decision) → FUNDED; WITHDRAWN by the firm before FUNDED; EXPIRED
 * when an offer passes its validity date.
 */
public enum IntroductionState {
  REQUESTED,
  SEEN,
  INTERESTED,
  NEEDS_INFO,
  DECLINED,
  OFFERED,
  ACCEPTED,
  REJECTED,
  FUNDED,
  WITHDRAWN,
  EXPIRED;

  /** Still waiting for the financier's first answer: the promise's clock runs. */
  public boolean awaitsAnswer() {
    return this == REQUESTED || this == SEEN;
  }

  /**
   * Ended for the financier: no answer follows (the firm may still withdraw a declined one), and
   * the firm may introduce the plan to the organisation again.
   */
  public boolean isClosed() {
    return this == DECLINED || this == FUNDED || this == WITHDRAWN;
  }

  /** The financier may show interest or ask for information: before any offer. */
  boolean allowsConversation() {
    return this == REQUESTED || this == SEEN || this == INTERESTED || this == NEEDS_INFO;
  }

  /**
   * The financier may decline or offer: in conversation, and after a rejected or expired offer (a
   * new offer). An offer on the table stands until the firm decides or it expires.
   */
  boolean allowsDecision() {
    return allowsConversation() || this == REJECTED || this == EXPIRED;
  }
}
