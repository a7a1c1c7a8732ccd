package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a composed stack against the rules, written straight from the rule text and sharing no
 * code with the composer. Returns what is broken, so a failing assertion says why.
 */
final class StackInvariants {

  private static final double SLACK = 1e-6;
  private static final String BANK = "bank_loan";

  private final StackProblem problem;
  private final Stack stack;
  private final List<String> broken = new ArrayList<>();
  private final Map<String, StackOption> optionsById = new HashMap<>();

  private StackInvariants(StackProblem problem, Stack stack) {
    this.problem = problem;
    this.stack = stack;
    problem.options().forEach(option -> optionsById.put(option.instrumentId(), option));
  }

  /** Every rule at once. */
  static List<String> brokenRules(StackProblem problem, Stack stack) {
    List<String> all = new ArrayList<>();
    all.addAll(foreignParts(problem, stack));
    all.addAll(brokenCaps(problem, stack));
    all.addAll(coverProblems(problem, stack));
    all.addAll(excludedPairs(problem, stack));
    all.addAll(reportingErrors(problem, stack));
    return all;
  }

  /** Parts that are not among the problem's options, appear twice, or are empty. */
  static List<String> foreignParts(StackProblem problem, Stack stack) {
    StackInvariants check = new StackInvariants(problem, stack);
    check.everyPartIsAnOptionOnce();
    return check.broken;
  }

  /**
   * Every cap: an option's own min, max and share of the need, a tax base within the investment,
   * the bank (with what it lends from EIB lines) within collateral plus guarantees, each guarantee
   * within its share of the bank loan, the bank first above a bank-first threshold, GBER and de
   * minimis aid.
   */
  static List<String> brokenCaps(StackProblem problem, Stack stack) {
    StackInvariants check = new StackInvariants(problem, stack);
    check.everyPartWithinItsOwnCaps();
    check.bankWithinCollateralPlusGuarantees();
    check.guaranteesWithinShareOfBankLoan();
    check.bankGoesFirstAboveThreshold();
    check.aidWithinCeilings();
    check.deductionBasesNetOfGrants();
    return check.broken;
  }

  /** Funds plus what is uncovered equal the need, and feasibility says so. */
  static List<String> coverProblems(StackProblem problem, Stack stack) {
    StackInvariants check = new StackInvariants(problem, stack);
    check.fundsCoverTheNeedExactly();
    return check.broken;
  }

  static List<String> excludedPairs(StackProblem problem, Stack stack) {
    StackInvariants check = new StackInvariants(problem, stack);
    check.noExcludedPair();
    return check.broken;
  }

  /** Totals, aid figures and the application order as reported. */
  static List<String> reportingErrors(StackProblem problem, Stack stack) {
    StackInvariants check = new StackInvariants(problem, stack);
    check.aidFiguresMatchTheParts();
    check.totalsAddUp();
    check.ordersAreARanking();
    return check.broken;
  }

  static long bankLoan(Stack stack) {
    return stack.parts().stream()
        .filter(part -> part.kind() == PartKind.BANK_LOAN)
        .mapToLong(StackPart::fundsEur)
        .sum();
  }

  /** Exact yearly cost of the stack's amounts at the problem's rates. */
  static double exactCost(StackProblem problem, Stack stack) {
    double cost = 0;
    for (StackPart part : stack.parts()) {
      double rate =
          part.kind() == PartKind.BANK_LOAN
              ? problem.bankLoan().annualRate()
              : option(problem, part.instrumentId()).annualCostRate();
      cost += rate * part.coversEur();
    }
    return cost;
  }

  static StackOption option(StackProblem problem, String id) {
    return problem.options().stream()
        .filter(option -> option.instrumentId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private List<StackPart> instrumentParts() {
    return stack.parts().stream().filter(part -> part.kind() != PartKind.BANK_LOAN).toList();
  }

  private void everyPartIsAnOptionOnce() {
    Set<String> seen = new HashSet<>();
    for (StackPart part : stack.parts()) {
      if (!seen.add(part.instrumentId())) {
        broken.add(part.instrumentId() + " appears twice");
      }
      if (part.kind() == PartKind.BANK_LOAN) {
        if (!part.instrumentId().equals(BANK)) {
          broken.add("bank loan part named " + part.instrumentId());
        }
      } else if (!optionsById.containsKey(part.instrumentId())) {
        broken.add(part.instrumentId() + " is not among the problem's options");
      } else if (optionsById.get(part.instrumentId()).kind() != part.kind()) {
        broken.add(part.instrumentId() + " reported with the wrong kind");
      }
      if (part.coversEur() <= 0) {
        broken.add(part.instrumentId() + " is in the stack with nothing: " + part.coversEur());
      }
    }
  }

  private void everyPartWithinItsOwnCaps() {
    double need = problem.needEur();
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (option == null) {
        continue;
      }
      long amount = part.coversEur();
      if (amount < option.minEur() || amount > option.maxEur()) {
        broken.add(part.instrumentId() + " " + amount + " outside [min, max]");
      }
      if (amount > option.maxShareOfNeed() * need + SLACK) {
        broken.add(part.instrumentId() + " " + amount + " above its share of the need");
      }
      if (option.kind() == PartKind.TAX_BENEFIT && amount > problem.totalInvestmentEur()) {
        broken.add(part.instrumentId() + " tax base above the investment");
      }
      long expectedFunds = option.kind().fundsNow() ? amount : 0;
      if (part.fundsEur() != expectedFunds) {
        broken.add(part.instrumentId() + " funds " + part.fundsEur() + " for cover " + amount);
      }
    }
  }

  private void fundsCoverTheNeedExactly() {
    long funds = stack.parts().stream().mapToLong(StackPart::fundsEur).sum();
    if (funds + stack.uncoveredEur() != problem.needEur()) {
      broken.add(
          "funds "
              + funds
              + " + uncovered "
              + stack.uncoveredEur()
              + " != need "
              + problem.needEur());
    }
    if (stack.uncoveredEur() < 0 || stack.feasible() != (stack.uncoveredEur() == 0)) {
      broken.add("feasible=" + stack.feasible() + " with uncovered " + stack.uncoveredEur());
    }
  }

  private void bankWithinCollateralPlusGuarantees() {
    double cap = problem.bankLoan().unsecuredShareOfInvestment() * problem.totalInvestmentEur();
    long lent = bankLoan(stack);
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (part.kind() == PartKind.GUARANTEE) {
        cap += part.coversEur();
      } else if (option != null
          && option.requirement() == StackOption.Requirement.LENT_BY_THE_BANK) {
        lent += part.coversEur();
      }
    }
    if (lent > cap + SLACK) {
      broken.add(
          "bank lends " + lent + " (EIB lines included) above collateral plus guarantees " + cap);
    }
  }

  private void guaranteesWithinShareOfBankLoan() {
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (option != null
          && option.requirement() == StackOption.Requirement.COVERS_BANK_LOAN
          && part.coversEur() > option.requirementShare() * bankLoan(stack) + SLACK) {
        broken.add(part.instrumentId() + " covers more than its share of the bank loan");
      }
    }
  }

  private void bankGoesFirstAboveThreshold() {
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (option != null
          && option.requirement() == StackOption.Requirement.BANK_FIRST_ABOVE
          && part.coversEur() > option.bankFirstAboveEur()
          && bankLoan(stack) < part.coversEur()) {
        broken.add(part.instrumentId() + " above its threshold without the bank lending as much");
      }
    }
  }

  /**
   * De minimis within the headroom; per cost line all national aid (GBER and de minimis, art. 8(3)
   * GBER and art. 5(2) of 2023/2831) within the line's intensity, each part's aid spread over the
   * lines it covers by their amounts; where EU funds may cover a line, EU plus national funding
   * within the EU rate (art. 8(2)).
   */
  private void aidWithinCeilings() {
    double deMinimis = 0;
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (option != null && option.aidBasis() == AidBasis.DE_MINIMIS) {
        deMinimis += option.aidEquivalentRate() * part.coversEur();
      }
    }
    if (deMinimis > problem.deMinimisHeadroomEur() + SLACK) {
      broken.add("de minimis aid " + deMinimis + " above the headroom");
    }
    for (StackProblem.CostLine line : problem.costLines()) {
      double national = 0;
      double euAndNational = 0;
      for (StackPart part : instrumentParts()) {
        StackOption option = optionsById.get(part.instrumentId());
        if (option == null || !coversLine(option, line)) {
          continue;
        }
        double onLine = option.aidEquivalentRate() * part.coversEur() * lineShare(option, line);
        if (option.aidBasis() != AidBasis.NONE) {
          national += onLine;
          euAndNational += onLine;
        } else if (option.legalBasis() == LegalBasis.EU_FUNDS) {
          euAndNational += onLine;
        }
      }
      if (national > line.intensityCap() * line.amountEur() + SLACK) {
        broken.add("national aid " + national + " on " + line.id() + " above its intensity");
      }
      if (line.euRate() > 0 && euAndNational > line.euRate() * line.amountEur() + SLACK) {
        broken.add(
            "EU and national funding " + euAndNational + " on " + line.id() + " above the EU rate");
      }
    }
  }

  /** EIA/MIA: the deduction's base plus the investment grants on its costs within those costs. */
  private void deductionBasesNetOfGrants() {
    for (StackPart deduction : instrumentParts()) {
      StackOption t = optionsById.get(deduction.instrumentId());
      if (t == null
          || t.kind() != PartKind.TAX_BENEFIT
          || t.aidBasis() == AidBasis.NONE
          || t.aidEquivalentRate() <= 0) {
        continue;
      }
      double base = 0;
      for (StackProblem.CostLine line : problem.costLines()) {
        base += coversLine(t, line) ? line.amountEur() : 0;
      }
      double used = deduction.coversEur();
      for (StackPart grant : instrumentParts()) {
        StackOption g = optionsById.get(grant.instrumentId());
        if (g == null
            || g.kind() != PartKind.GRANT
            || g.aidBasis() == AidBasis.NONE
            || g.aidEquivalentRate() <= 0) {
          continue;
        }
        double grantCosts = 0;
        double shared = 0;
        for (StackProblem.CostLine line : problem.costLines()) {
          grantCosts += coversLine(g, line) ? line.amountEur() : 0;
          shared += coversLine(g, line) && coversLine(t, line) ? line.amountEur() : 0;
        }
        used += grant.coversEur() * (grantCosts == 0 ? 1 : shared / grantCosts);
      }
      if (used > base + SLACK) {
        broken.add(t.instrumentId() + " base plus grants on its costs " + used + " above " + base);
      }
    }
  }

  private static boolean coversLine(StackOption option, StackProblem.CostLine line) {
    return option.costLineIds().isEmpty() || option.costLineIds().contains(line.id());
  }

  private double lineShare(StackOption option, StackProblem.CostLine line) {
    long covered =
        problem.costLines().stream()
            .filter(l -> coversLine(option, l))
            .mapToLong(StackProblem.CostLine::amountEur)
            .sum();
    return covered == 0 ? 1 : (double) line.amountEur() / covered;
  }

  private void aidFiguresMatchTheParts() {
    double gber = 0;
    double deMinimis = 0;
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      if (option == null) {
        continue;
      }
      double aid = option.aidEquivalentRate() * part.coversEur();
      gber += option.aidBasis() == AidBasis.GBER ? aid : 0;
      deMinimis += option.aidBasis() == AidBasis.DE_MINIMIS ? aid : 0;
      if (Math.abs(part.aidEquivalentEur() - aid) > 0.5 + SLACK) {
        broken.add(part.instrumentId() + " reports aid " + part.aidEquivalentEur() + " for " + aid);
      }
    }
    if (Math.abs(stack.gberAidUsedEur() - gber) > 1
        || Math.abs(stack.deMinimisUsedEur() - deMinimis) > 1) {
      broken.add(
          "aid totals "
              + stack.gberAidUsedEur()
              + "/"
              + stack.deMinimisUsedEur()
              + " do not match the parts "
              + gber
              + "/"
              + deMinimis);
    }
  }

  private void noExcludedPair() {
    List<StackPart> parts = instrumentParts();
    long guarantees = parts.stream().filter(part -> part.kind() == PartKind.GUARANTEE).count();
    if (guarantees > 1) {
      broken.add(guarantees + " guarantees on the one bank loan");
    }
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        StackOption a = optionsById.get(parts.get(i).instrumentId());
        StackOption b = optionsById.get(parts.get(j).instrumentId());
        if (a != null
            && b != null
            && (a.excludes().contains(b.instrumentId())
                || b.excludes().contains(a.instrumentId()))) {
          broken.add(a.instrumentId() + " and " + b.instrumentId() + " exclude each other");
        }
      }
    }
  }

  private void totalsAddUp() {
    if (stack.ownContributionEur() != problem.ownContributionEur()) {
      broken.add("own contribution changed");
    }
    long costs = stack.parts().stream().mapToLong(StackPart::annualCostEur).sum();
    if (costs != stack.estimatedAnnualCostEur()) {
      broken.add("part costs " + costs + " do not add up to " + stack.estimatedAnnualCostEur());
    }
    if (Math.abs(exactCost(problem, stack) - stack.estimatedAnnualCostEur())
        > 0.5 * stack.parts().size() + SLACK) {
      broken.add(
          "estimated cost "
              + stack.estimatedAnnualCostEur()
              + " far from exact "
              + exactCost(problem, stack));
    }
    if (stack.deMinimisUsedEur() + stack.deMinimisHeadroomEur() != problem.deMinimisHeadroomEur()
        || stack.deMinimisUsedEur() > problem.deMinimisHeadroomEur()) {
      broken.add("de minimis used + left != headroom");
    }
    double exactCap = 0;
    for (StackProblem.CostLine line : problem.costLines()) {
      exactCap += line.intensityCap() * line.amountEur();
    }
    long gberCap = Math.round(exactCap);
    if (stack.gberAidCapEur() != gberCap || stack.gberAidUsedEur() > gberCap) {
      broken.add(
          "GBER cap "
              + stack.gberAidCapEur()
              + " or use "
              + stack.gberAidUsedEur()
              + " wrong for cap "
              + gberCap);
    }
  }

  private void ordersAreARanking() {
    List<Integer> orders = stack.parts().stream().map(StackPart::order).sorted().toList();
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i) != i + 1) {
        broken.add("orders " + orders + " are not 1.." + orders.size());
        return;
      }
    }
    int bankOrder =
        stack.parts().stream()
            .filter(part -> part.kind() == PartKind.BANK_LOAN)
            .mapToInt(StackPart::order)
            .findFirst()
            .orElse(0);
    for (StackPart part : instrumentParts()) {
      StackOption option = optionsById.get(part.instrumentId());
      boolean dependsOnBank =
          option != null
              && (option.requirement() == StackOption.Requirement.COVERS_BANK_LOAN
                  || (option.requirement() == StackOption.Requirement.BANK_FIRST_ABOVE
                      && part.coversEur() > option.bankFirstAboveEur()));
      if (dependsOnBank && bankOrder != 0 && part.order() < bankOrder) {
        broken.add(part.instrumentId() + " arranged before the bank loan it depends on");
      }
    }
  }
}
