package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators for stack problems. Built from combinators rather than a seeded {@code Random},
 * so that a failing problem shrinks to a small one: fewer options, round amounts, no requirement.
 */
final class StackProblemArbitraries {

  /**
   * jqwik's default number generation favours small values and edge cases; spread values evenly
   * instead so that caps bind in some problems and not in others. Shrinking still works.
   */
  private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

  private StackProblemArbitraries() {}

  /** The terms of one option, before it gets an id and its exclusions. */
  private record Terms(
      PartKind kind,
      Tuple2<Long, Long> minAndSpan,
      double share,
      double rate,
      Tuple2<AidBasis, Double> aid,
      Tuple2<StackOption.Requirement, Double> requirement,
      int weeks,
      int lineCode) {

    /**
     * The low two bits pick the cost lines the option covers (0: all of them), the third its legal
     * basis among those of its aid basis (an EU-funded grant when it carries no national aid).
     */
    StackOption named(String id, Set<String> excludes, List<StackProblem.CostLine> lines) {
      Set<String> covered = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if ((lineCode & 3) != 0 && ((lineCode & 3) >> (i % 2) & 1) == 1) {
          covered.add(lines.get(i).id());
        }
      }
      boolean alternative = (lineCode & 4) != 0;
      LegalBasis basis =
          switch (aid.get1()) {
            case NONE -> alternative ? LegalBasis.EU_FUNDS : LegalBasis.NO_AID;
            case DE_MINIMIS -> LegalBasis.DE_MINIMIS;
            case GBER ->
                alternative
                    ? LegalBasis.GBER_ART_25_EXPERIMENTAL_DEVELOPMENT
                    : LegalBasis.GBER_ART_17;
          };
      StackOption plain = named(id, excludes);
      return new StackOption(
          plain.instrumentId(),
          plain.kind(),
          plain.minEur(),
          plain.maxEur(),
          plain.maxShareOfNeed(),
          plain.annualCostRate(),
          basis == LegalBasis.EU_FUNDS ? aid.get2() : plain.aidEquivalentRate(),
          plain.aidBasis(),
          plain.excludes(),
          plain.requirement(),
          plain.requirementShare(),
          plain.bankFirstAboveEur(),
          plain.weeksToDecision(),
          basis,
          covered);
    }

    StackOption named(String id, Set<String> excludes) {
      long min = minAndSpan.get1();
      long max = min + minAndSpan.get2();
      double aidRate = aid.get1() == AidBasis.NONE ? 0 : aid.get2();
      double requirementShare =
          requirement.get1() == StackOption.Requirement.COVERS_BANK_LOAN ? requirement.get2() : 0;
      long bankFirstAbove =
          requirement.get1() == StackOption.Requirement.BANK_FIRST_ABOVE
              ? (long) (requirement.get2() * max)
              : 0;
      StackOption.Requirement needs =
          requirement.get1() == StackOption.Requirement.LENT_BY_THE_BANK && !kind.fundsNow()
              ? StackOption.Requirement.NONE
              : requirement.get1();
      return new StackOption(
          id,
          kind,
          min,
          max,
          share,
          rate,
          aidRate,
          aid.get1(),
          excludes,
          needs,
          requirementShare,
          bankFirstAbove,
          weeks);
    }
  }

  /**
   * Amounts are drawn in whole thousands of euros, as scheme terms and plans are. With amounts of a
   * few euros, whole-euro rounding dominates everything (a cap of 1.9 euros is a cap of 1) and
   * brute force over fractional amounts says little about whole-euro stacks.
   */
  private static final long THOUSAND = 1_000;

  /** A cost line before its amount: a weight for splitting the investment, its intensities. */
  private record LineTerms(int weight, double intensity, double euRate) {}

  private record Money(long need, long own, long committed, List<LineTerms> lines) {

    List<StackProblem.CostLine> costLines() {
      long total = need + own + committed;
      int weights = lines.stream().mapToInt(LineTerms::weight).sum();
      List<StackProblem.CostLine> costLines = new ArrayList<>();
      long left = total;
      for (int i = 0; i < lines.size(); i++) {
        LineTerms terms = lines.get(i);
        long amount = i == lines.size() - 1 ? left : total * terms.weight() / weights;
        left -= amount;
        costLines.add(
            new StackProblem.CostLine("line" + i, amount, terms.intensity(), terms.euRate()));
      }
      return costLines;
    }
  }

  static Arbitrary<StackProblem> problems(int minOptions, int maxOptions) {
    Arbitrary<Money> money =
        Combinators.combine(
                thousands(0, 3_000),
                thousands(0, 1_000),
                Arbitraries.frequency(Tuple.of(4, 0L), Tuple.of(1, 200 * THOUSAND)),
                lineTerms().list().ofMinSize(1).ofMaxSize(3))
            .as(Money::new);
    Arbitrary<List<Terms>> terms = terms().list().ofMinSize(minOptions).ofMaxSize(maxOptions);
    Arbitrary<List<Tuple2<Integer, Integer>>> exclusions =
        Arbitraries.integers().between(0, Math.max(0, maxOptions - 1)).tuple2().list().ofMaxSize(6);
    return Combinators.combine(
            money,
            Arbitraries.of(0.0, 0.1, 0.2),
            Arbitraries.frequency(Tuple.of(1, 0L), Tuple.of(3, 300L))
                .flatMap(max -> thousands(0, max)),
            Arbitraries.doubles().between(0.03, 0.09).ofScale(4),
            Arbitraries.doubles().between(0, 1).ofScale(3).withDistribution(UNIFORM),
            Arbitraries.of(Objective.class),
            terms,
            exclusions)
        .as(
            (m, gberCap, headroom, bankRate, unsecured, objective, optionTerms, excluded) ->
                new StackProblem(
                    m.need() + m.own() + m.committed(),
                    m.own(),
                    m.committed(),
                    m.lines().size() == 1
                        ? List.of(
                            StackProblem.CostLine.wholePlan(
                                m.need() + m.own() + m.committed(), gberCap))
                        : m.costLines(),
                    headroom,
                    new StackProblem.BankLoanTerms(bankRate, unsecured),
                    options(optionTerms, excluded, m),
                    objective));
  }

  private static Arbitrary<Long> thousands(long from, long to) {
    return Arbitraries.longs().between(from, to).withDistribution(UNIFORM).map(k -> k * THOUSAND);
  }

  private static Arbitrary<LineTerms> lineTerms() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(0.0, 0.1, 0.2, 0.25, 0.45),
            Arbitraries.frequency(Tuple.of(3, 0.0), Tuple.of(1, 0.7)))
        .as(LineTerms::new);
  }

  private static List<StackOption> options(
      List<Terms> terms, List<Tuple2<Integer, Integer>> excluded, Money money) {
    List<StackProblem.CostLine> lines =
        money.lines().size() == 1
            ? List.of(
                StackProblem.CostLine.wholePlan(money.need() + money.own() + money.committed(), 0))
            : money.costLines();
    List<StackOption> options = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Set<String> excludes = new HashSet<>();
      for (Tuple2<Integer, Integer> pair : excluded) {
        if (pair.get1() == i && !pair.get2().equals(i)) {
          excludes.add("o" + pair.get2());
        }
      }
      options.add(terms.get(i).named("o" + i, excludes, lines));
    }
    return options;
  }

  private static Arbitrary<Terms> terms() {
    return Combinators.combine(
            Arbitraries.of(PartKind.class)
                .filter(kind -> kind != PartKind.BANK_LOAN && kind != PartKind.OWN_FUNDS),
            thousands(0, 800).tuple2().map(pair -> Tuple.of(pair.get1(), pair.get2() * 3)),
            Arbitraries.frequency(Tuple.of(1, 1.0), Tuple.of(1, 0.5))
                .flatMap(
                    low ->
                        Arbitraries.doubles()
                            .between(low == 1.0 ? 1.0 : 0.05, 1.0)
                            .withDistribution(UNIFORM)),
            Arbitraries.doubles().between(-0.05, 0.25).ofScale(4).withDistribution(UNIFORM),
            Combinators.combine(
                    Arbitraries.of(AidBasis.class),
                    Arbitraries.doubles().between(0, 1).ofScale(3).withDistribution(UNIFORM))
                .as(Tuple::of),
            Combinators.combine(
                    Arbitraries.of(StackOption.Requirement.class),
                    Arbitraries.doubles().between(0.05, 1).ofScale(3).withDistribution(UNIFORM))
                .as(Tuple::of),
            Arbitraries.integers().between(1, 30),
            Arbitraries.integers().between(0, 7))
        .as(Terms::new);
  }
}
