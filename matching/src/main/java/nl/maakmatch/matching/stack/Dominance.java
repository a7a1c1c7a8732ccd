package nl.maakmatch.matching.stack;

/**
 * Options that can be left out before the search starts, because every stack that uses them can be
 * matched or beaten by one that does not. Fewer candidates mean smaller LPs and fewer branches.
 *
 * <p>Two arguments, both exact (no stack is lost that could be strictly better):
 *
 * <ul>
 *   <li>Under FEWEST_APPLICATIONS a tax benefit never helps: it funds nothing and does not lift the
 *       bank cap, so dropping it saves an application and can only free aid headroom.
 *   <li>When the bank alone may lend the whole need against collateral, any euro of another funding
 *       part can move to the bank loan without breaking a rule: the bank stays within its cap,
 *       guarantees and bank-first parts only gain from a larger bank loan, and aid use only falls.
 *       Such a move never hurts when the part costs at least the bank rate, when it dilutes (under
 *       LEAST_DILUTION), or when it is an application (under FEWEST_APPLICATIONS). Likewise a
 *       guarantee is then needless unless it is a net benefit.
 * </ul>
 */
final class Dominance {

  private Dominance() {}

  static boolean dominated(Candidate candidate, StackLimits limits) {
    Objective objective = limits.objective();
    if (objective == Objective.FEWEST_APPLICATIONS
        && candidate.option().kind() == PartKind.TAX_BENEFIT) {
      return true;
    }
    if (limits.unsecuredBankEur() < limits.needEur()) {
      return false;
    }
    double rate = candidate.option().annualCostRate();
    if (candidate.isGuarantee()) {
      return rate >= 0 || (objective == Objective.FEWEST_APPLICATIONS);
    }
    if (!candidate.fundsNow()) {
      return false;
    }
    return rate >= limits.bankRate()
        || (objective == Objective.LEAST_DILUTION && candidate.dilutes())
        || (objective == Objective.FEWEST_APPLICATIONS && candidate.isApplication());
  }
}
