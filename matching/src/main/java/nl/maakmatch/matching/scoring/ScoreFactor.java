package nl.maakmatch.matching.scoring;

/**
 * What a score is made of, with its weight (the weights add up to 1, so a perfect fit on every
 * factor scores 100). Amount and purpose come first: an instrument that cannot carry the plan or
 * does not finance what it is about helps least, however cheap.
 */
public enum ScoreFactor {
  AMOUNT_FIT(0.25),
  PURPOSE_FIT(0.20),
  COST_OF_CAPITAL(0.20),
  SPEED_TO_DECISION(0.15),
  REGIONAL_PRIORITY(0.10),
  STRATEGIC_TECHNOLOGY(0.10);

  private final double weight;

  ScoreFactor(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }
}
