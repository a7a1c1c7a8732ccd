package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;

/** Dresses a whole-euro stack as the public {@link Stack}: parts, order and aid totals. */
final class StackAssembler {

  static final String BANK_LOAN_ID = "bank_loan";

  private final PreparedProblem prepared;

  StackAssembler(PreparedProblem prepared) {
    this.prepared = prepared;
  }

  /** Nothing left to finance: the firm's own money and commitments already cover the plan. */
  static Stack nothingNeeded(StackProblem problem) {
    return new Stack(
        true,
        List.of(),
        problem.ownContributionEur(),
        0,
        0,
        Math.max(0, problem.deMinimisHeadroomEur()),
        0,
        gberCapEur(problem),
        0,
        problem.costLines().stream()
            .map(line -> new Stack.CostLineAid(line.id(), line.amountEur(), 0, capOf(line)))
            .toList());
  }

  Stack assemble(WholeEuroStack whole) {
    List<Candidate> chosen = new ArrayList<>();
    boolean anyDependsOnBank = false;
    for (Candidate candidate : prepared.candidates()) {
      long amount = whole.amountsEur()[candidate.index()];
      if (amount > 0) {
        chosen.add(candidate);
        anyDependsOnBank |= ApplicationOrder.dependsOnBankLoan(candidate, amount);
      }
    }
    chosen.sort(ApplicationOrder.LONGEST_LEAD_TIME_FIRST);

    List<StackPart> parts = new ArrayList<>();
    boolean withBank = whole.bankEur() > 0;
    int order = withBank && anyDependsOnBank ? 2 : 1;
    if (withBank && anyDependsOnBank) {
      parts.add(bankPart(whole.bankEur(), 1));
    }
    for (Candidate candidate : chosen) {
      parts.add(part(candidate, whole.amountsEur()[candidate.index()], order++));
    }
    if (withBank && !anyDependsOnBank) {
      parts.add(bankPart(whole.bankEur(), order));
    }

    StackProblem problem = prepared.problem();
    long gberCap = gberCapEur(problem);
    long deMinimisHeadroom = prepared.limits().deMinimisHeadroomEur();
    // Totals are rounded from the exact sums, which stay within their ceilings; rounding is
    // monotone, so the rounded totals stay within the rounded ceilings too.
    long deMinimisUsed =
        Math.min(deMinimisHeadroom, Math.round(whole.aidEur(prepared, AidBasis.DE_MINIMIS)));
    long gberUsed = Math.min(gberCap, Math.round(whole.aidEur(prepared, AidBasis.GBER)));
    long cost = parts.stream().mapToLong(StackPart::annualCostEur).sum();
    return new Stack(
        whole.uncoveredEur() == 0,
        parts,
        problem.ownContributionEur(),
        whole.uncoveredEur(),
        deMinimisUsed,
        deMinimisHeadroom - deMinimisUsed,
        gberUsed,
        gberCap,
        cost,
        aidByCostLine(whole));
  }

  private List<Stack.CostLineAid> aidByCostLine(WholeEuroStack whole) {
    List<Stack.CostLineAid> lines = new ArrayList<>();
    List<AidCeiling> ceilings = prepared.limits().aidCeilings();
    for (StackProblem.CostLine line : prepared.problem().costLines()) {
      AidCeiling ceiling =
          ceilings.stream()
              .filter(c -> c.name().equals("aid on " + line.id()))
              .findFirst()
              .orElseThrow();
      long cap = capOf(line);
      long used = Math.min(cap, Math.round(ceiling.aidEur(prepared, whole.amountsEur())));
      lines.add(new Stack.CostLineAid(line.id(), line.amountEur(), used, cap));
    }
    return lines;
  }

  private static long capOf(StackProblem.CostLine line) {
    return Math.max(0, Candidate.wholeEurosAtMost(line.aidCapEur()));
  }

  /** The cumulation ceilings of all lines together, rounded from their exact sum. */
  private static long gberCapEur(StackProblem problem) {
    return Math.max(0, Math.round(problem.aidCapEur()));
  }

  private StackPart bankPart(long amount, int order) {
    long cost = Math.round(prepared.limits().bankRate() * amount);
    return new StackPart(
        BANK_LOAN_ID,
        PartKind.BANK_LOAN,
        amount,
        amount,
        0,
        AidBasis.NONE,
        cost,
        order,
        LegalBasis.NO_AID);
  }

  private static StackPart part(Candidate candidate, long amount, int order) {
    StackOption option = candidate.option();
    return new StackPart(
        option.instrumentId(),
        option.kind(),
        candidate.fundsNow() ? amount : 0,
        amount,
        Math.round(option.aidEquivalentRate() * amount),
        option.aidBasis(),
        Math.round(option.annualCostRate() * amount),
        order,
        option.legalBasis());
  }
}
