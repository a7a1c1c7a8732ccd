package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One ceiling on aid: euros of aid per euro of each option, and the euros they may reach together.
 * A stack's rows are the de minimis headroom, one cumulation ceiling per cost line (GBER art. 8(3),
 * de minimis inside it), where EU funds may cover a line the EU rate on that line (art. 8(2)), and
 * per aid-bearing tax deduction its base plus the investment grants on its costs within those
 * costs.
 *
 * @param name what the ceiling is, for messages of failing checks
 * @param capEur the legal ceiling itself, not rounded
 * @param owner the tax deduction whose base this is, or null for a ceiling that always holds: a
 *     deduction's base limits the grants on its costs only when the deduction is used
 */
record AidCeiling(
    String name, double capEur, ToDoubleFunction<StackOption> aidPerEuro, String owner) {

  AidCeiling(String name, double capEur, ToDoubleFunction<StackOption> aidPerEuro) {
    this(name, capEur, aidPerEuro, null);
  }

  /** Every ceiling the problem states. */
  static List<AidCeiling> of(StackProblem problem) {
    List<AidCeiling> ceilings = new ArrayList<>();
    ceilings.add(
        new AidCeiling(
            "de minimis headroom",
            Math.max(0, problem.deMinimisHeadroomEur()),
            o -> o.aidBasis() == AidBasis.DE_MINIMIS ? o.aidEquivalentRate() : 0));
    for (StackProblem.CostLine line : problem.costLines()) {
      ceilings.add(
          new AidCeiling(
              "aid on " + line.id(),
              line.aidCapEur(),
              o -> o.carriesNationalAid() ? share(problem, o, line) * o.aidEquivalentRate() : 0));
      if (line.euRate() > 0) {
        ceilings.add(
            new AidCeiling(
                "EU and national funding on " + line.id(),
                line.euRate() * line.amountEur(),
                o ->
                    o.carriesNationalAid() || o.carriesEuFunds()
                        ? share(problem, o, line) * o.aidEquivalentRate()
                        : 0));
      }
    }
    for (StackOption deduction : problem.options()) {
      if (deduction.kind() == PartKind.TAX_BENEFIT && deduction.carriesNationalAid()) {
        ceilings.add(
            new AidCeiling(
                deduction.instrumentId() + " base net of investment grants",
                problem.coveredEur(deduction),
                o ->
                    o.instrumentId().equals(deduction.instrumentId())
                        ? 1
                        : isInvestmentGrant(o) ? overlap(problem, o, deduction) : 0,
                deduction.instrumentId()));
      }
    }
    return List.copyOf(ceilings);
  }

  /**
   * An investment grant on the same costs lowers the base of an aid-bearing tax deduction (EIA,
   * MIA): docs/rules/schemes.md, "investment subsidies (e.g. VEKI, DEI+) must be deducted from the
   * EIA/MIA investment base".
   */
  private static boolean isInvestmentGrant(StackOption option) {
    return option.kind() == PartKind.GRANT && option.carriesNationalAid();
  }

  /** The share of a grant's amount that falls on the costs the deduction covers. */
  private static double overlap(StackProblem problem, StackOption grant, StackOption deduction) {
    long covered = problem.coveredEur(grant);
    long shared =
        problem.costLines().stream()
            .filter(l -> grant.covers(l.id()) && deduction.covers(l.id()))
            .mapToLong(StackProblem.CostLine::amountEur)
            .sum();
    return covered == 0 ? 1 : (double) shared / covered;
  }

  /** The part of an option's amount that falls on this line: pro rata over the lines it covers. */
  private static double share(
      StackProblem problem, StackOption option, StackProblem.CostLine line) {
    if (!option.covers(line.id())) {
      return 0;
    }
    long covered = problem.coveredEur(option);
    return covered == 0 ? 1 : (double) line.amountEur() / covered;
  }

  /** Whether the ceiling binds these amounts: always, or when its deduction is used. */
  boolean inForce(PreparedProblem prepared, long[] amountsEur) {
    if (owner == null) {
      return true;
    }
    for (int i = 0; i < amountsEur.length; i++) {
      if (prepared.candidate(i).option().instrumentId().equals(owner) && amountsEur[i] > 0) {
        return true;
      }
    }
    return false;
  }

  boolean counts(Candidate candidate) {
    return aidPerEuro.applyAsDouble(candidate.option()) > 0;
  }

  double perEuro(Candidate candidate) {
    return aidPerEuro.applyAsDouble(candidate.option());
  }

  double aidEur(PreparedProblem prepared, long[] amountsEur) {
    double aid = 0;
    for (int i = 0; i < amountsEur.length; i++) {
      aid += perEuro(prepared.candidate(i)) * amountsEur[i];
    }
    return aid;
  }
}
