package nl.maakmatch.matching.stack;

/** What the firm wants the stack optimised for. Ties are always broken by lowest cost. */
public enum Objective {
  LOWEST_COST,
  LEAST_DILUTION,
  FEWEST_APPLICATIONS
}
