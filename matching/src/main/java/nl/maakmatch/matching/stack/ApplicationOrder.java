package nl.maakmatch.matching.stack;

import java.util.Comparator;

/**
 * The order in which the parts of a stack should be arranged.
 *
 * <p>A part that depends on the bank loan (a guarantee on it, or a Qredits-style loan above its
 * bank-first threshold) cannot be applied for until the bank has agreed, so the bank loan then
 * comes first. Everything else is started longest lead time first, so that the slowest decision
 * does not end up holding the whole plan back. Without dependants the bank loan comes last: banks
 * decide within weeks and want to see the rest of the financing settled.
 */
final class ApplicationOrder {

  private ApplicationOrder() {}

  static boolean dependsOnBankLoan(Candidate candidate, long amountEur) {
    return candidate.coversBankLoan()
        || (candidate.bankFirstRule() && amountEur > candidate.option().bankFirstAboveEur());
  }

  /** Instruments: longest wait first, then by id so that the order is stable. */
  static final Comparator<Candidate> LONGEST_LEAD_TIME_FIRST =
      Comparator.comparingInt((Candidate candidate) -> candidate.option().weeksToDecision())
          .reversed()
          .thenComparing(Candidate::id);
}
