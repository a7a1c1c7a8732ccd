package nl.maakmatch.matching.stack;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One eligible instrument as the stack composer sees it: numeric terms only, no eligibility logic
 * (that has already been applied).
 *
 * @param instrumentId catalogue id, e.g. {@code bmkb}
 * @param kind how the part counts (funds now, guarantee, tax benefit)
 * @param minEur smallest amount if chosen (funds, or cover for a guarantee / tax benefit base)
 * @param maxEur largest amount if chosen
 * @param maxShareOfNeed cap as a share (0..1] of the financing need; 1 means no cap
 * @param annualCostRate expected yearly cost per euro of amount (negative for a net benefit, e.g. a
 *     guarantee's interest saving minus its premium, or a tax deduction's value)
 * @param aidEquivalentRate gross grant equivalent per euro of amount (0 when no aid element)
 * @param aidBasis the state-aid ceiling the aid equivalent counts against
 * @param excludes ids of instruments that may not be in the same stack
 * @param requirement what must already be in the stack for this part to be possible
 * @param requirementShare for {@link Requirement#COVERS_BANK_LOAN}: the largest share of the bank
 *     loan the guarantee may cover; otherwise ignored
 * @param bankFirstAboveEur for {@link Requirement#BANK_FIRST_ABOVE}: above this amount the bank
 *     loan must be at least as large as this part; otherwise ignored
 * @param weeksToDecision how long the operator usually takes, used to order applications
 * @param legalBasis the article or regulation its aid is granted under
 * @param costLineIds the plan's cost lines it can cover; empty for all of them. Its aid counts on
 *     those lines in proportion to their amounts
 */
public record StackOption(
    String instrumentId,
    PartKind kind,
    long minEur,
    long maxEur,
    double maxShareOfNeed,
    double annualCostRate,
    double aidEquivalentRate,
    AidBasis aidBasis,
    Set<String> excludes,
    Requirement requirement,
    double requirementShare,
    long bankFirstAboveEur,
    int weeksToDecision,
    LegalBasis legalBasis,
    Set<String> costLineIds) {

  public StackOption {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(aidBasis, "aidBasis");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(legalBasis, "legalBasis");
    // sorted: Set.copyOf iterates in an order that differs from one JVM to the next, and the
    // problem built from these sets, and the result written from it, must not
    excludes = Collections.unmodifiableSortedSet(new TreeSet<>(excludes));
    costLineIds = Collections.unmodifiableSortedSet(new TreeSet<>(costLineIds));
    if (legalBasis.aidBasis() != aidBasis) {
      throw new IllegalArgumentException(
          instrumentId + ": legal basis " + legalBasis + " does not count against " + aidBasis);
    }
    if (minEur < 0 || maxEur < minEur) {
      throw new IllegalArgumentException(instrumentId + ": need 0 <= min <= max");
    }
    if (!(maxShareOfNeed > 0 && maxShareOfNeed <= 1)) {
      throw new IllegalArgumentException(instrumentId + ": maxShareOfNeed must lie in (0, 1]");
    }
    if (aidEquivalentRate < 0 || aidEquivalentRate > 1) {
      throw new IllegalArgumentException(instrumentId + ": aidEquivalentRate must lie in [0, 1]");
    }
    if (requirement == Requirement.LENT_BY_THE_BANK && !kind.fundsNow()) {
      throw new IllegalArgumentException(instrumentId + ": only money can be lent by the bank");
    }
  }

  /** An option under its aid basis' default legal basis, on every cost line of the plan. */
  public StackOption(
      String instrumentId,
      PartKind kind,
      long minEur,
      long maxEur,
      double maxShareOfNeed,
      double annualCostRate,
      double aidEquivalentRate,
      AidBasis aidBasis,
      Set<String> excludes,
      Requirement requirement,
      double requirementShare,
      long bankFirstAboveEur,
      int weeksToDecision) {
    this(
        instrumentId,
        kind,
        minEur,
        maxEur,
        maxShareOfNeed,
        annualCostRate,
        aidEquivalentRate,
        aidBasis,
        excludes,
        requirement,
        requirementShare,
        bankFirstAboveEur,
        weeksToDecision,
        LegalBasis.byDefaultFor(aidBasis),
        Set.of());
  }

  /** Whether the option can cover this cost line: an empty set means every line of the plan. */
  public boolean covers(String costLineId) {
    return costLineIds.isEmpty() || costLineIds.contains(costLineId);
  }

  /**
   * National aid that counts on the cost lines it covers: GBER or de minimis with an aid element.
   */
  public boolean carriesNationalAid() {
    return aidBasis != AidBasis.NONE && aidEquivalentRate > 0;
  }

  /** EU funds that count with national aid on the same costs (GBER art. 8(2)). */
  public boolean carriesEuFunds() {
    return legalBasis == LegalBasis.EU_FUNDS && aidEquivalentRate > 0;
  }

  /** What must be arranged first for a part to be possible. */
  public enum Requirement {
    NONE,
    /** A guarantee: covers at most {@code requirementShare} of the bank loan in the stack. */
    COVERS_BANK_LOAN,
    /** Above {@code bankFirstAboveEur} a bank must lend at least as much (Qredits' rule). */
    BANK_FIRST_ABOVE,
    /**
     * Lent by the bank itself from a cheaper credit line (EIB-funded lending): a variant of the
     * bank loan, so it counts under the same collateral limit as the bank loan.
     */
    LENT_BY_THE_BANK
  }
}
