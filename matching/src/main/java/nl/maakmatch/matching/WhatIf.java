package nl.maakmatch.matching;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * A policy proposal of the 2022 industry note evaluated as if it were enacted on its published
 * outline, beside the real stack: what it would add for this plan. A proposal does not exist; the
 * base stack never contains one.
 *
 * @param addsEur what it would provide in a stack composed with it under the same rules
 * @param closesUncoveredEur how much of the need the real stack leaves uncovered it would cover
 * @param bankLoanSmallerByEur how much smaller the bank loan could be with it
 * @param statement says plainly that it is a proposal that does not exist, and what it would do
 */
public record WhatIf(
    String instrumentId,
    String name,
    String shortName,
    long addsEur,
    long closesUncoveredEur,
    long bankLoanSmallerByEur,
    Message statement) {

  public WhatIf {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(statement, "statement");
    if (addsEur < 0 || closesUncoveredEur < 0 || bankLoanSmallerByEur < 0) {
      throw new IllegalArgumentException("what-if amounts must not be negative");
    }
  }
}
