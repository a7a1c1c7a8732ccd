package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random problems shaped like real ones, with ranges chosen so that every rule binds in a
 * good share of them: tight and loose aid ceilings, scarce and ample bank collateral, minimums
 * above what is needed, exclusions, bank-first thresholds and problems that cannot be covered at
 * all.
 */
final class RandomStackProblems {

  private static final PartKind[] KINDS = {
    PartKind.LOAN,
    PartKind.LOAN,
    PartKind.SUBORDINATED_LOAN,
    PartKind.CONVERTIBLE_LOAN,
    PartKind.EQUITY,
    PartKind.GRANT,
    PartKind.GUARANTEE,
    PartKind.GUARANTEE,
    PartKind.TAX_BENEFIT
  };

  private RandomStackProblems() {}

  static StackProblem aRandomProblem(long seed, int maxOptions) {
    Random random = new Random(seed);
    int optionCount = 1 + random.nextInt(maxOptions);
    long need = 20_000 + (long) (random.nextDouble() * 3_000_000);
    long own = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 0.4 * need);
    long committed = random.nextInt(5) == 0 ? (long) (random.nextDouble() * 0.2 * need) : 0;
    List<StackOption> options = new ArrayList<>();
    for (int i = 0; i < optionCount; i++) {
      options.add(anOption(random, i, optionCount, need));
    }
    double[] gberCaps = {0, 0.1, 0.2, 0.2};
    double gberCap = gberCaps[random.nextInt(gberCaps.length)];
    long headroom = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 300_000);
    double unsecured = random.nextInt(6) == 0 ? 0 : 0.1 + random.nextDouble() * 0.7;
    // cost lines and legal bases from a second stream, so the rest of each seed's problem is as it
    // was before the rules per cost line came in
    Random perLine = new Random(seed * 31 + 7);
    List<StackProblem.CostLine> lines = costLines(perLine, need + own + committed, gberCap);
    options = options.stream().map(option -> onLines(perLine, option, lines)).toList();
    return new StackProblem(
        need + own + committed,
        own,
        committed,
        lines,
        headroom,
        new StackProblem.BankLoanTerms(0.04 + random.nextDouble() * 0.04, unsecured),
        options,
        Objective.values()[random.nextInt(Objective.values().length)]);
  }

  /**
   * One to three lines that add up to the investment, each with its own intensity (the article that
   * applies to it, e.g. 25% experimental development or 45% energy aid for a small firm) and
   * sometimes an EU rate.
   */
  private static List<StackProblem.CostLine> costLines(Random random, long total, double cap) {
    int count = 1 + random.nextInt(3);
    double[] intensities = {cap, cap, 0.25, 0.45, 0.5};
    List<StackProblem.CostLine> lines = new ArrayList<>();
    long left = total;
    for (int i = 0; i < count; i++) {
      long amount = i == count - 1 ? left : (long) (random.nextDouble() * left);
      left -= amount;
      double euRate = random.nextInt(4) == 0 ? 0.7 : 0;
      lines.add(
          new StackProblem.CostLine(
              "line" + i, amount, intensities[random.nextInt(intensities.length)], euRate));
    }
    return lines;
  }

  /** The option under a legal basis that fits its aid basis, on some or all cost lines. */
  private static StackOption onLines(
      Random random, StackOption option, List<StackProblem.CostLine> lines) {
    LegalBasis basis =
        switch (option.aidBasis()) {
          case NONE -> random.nextInt(5) == 0 ? LegalBasis.EU_FUNDS : LegalBasis.NO_AID;
          case DE_MINIMIS -> LegalBasis.DE_MINIMIS;
          case GBER -> random.nextBoolean() ? LegalBasis.GBER_ART_17 : LegalBasis.GBER_ART_38;
        };
    double aidRate =
        basis == LegalBasis.EU_FUNDS
            ? (option.kind() == PartKind.GRANT ? 1 : random.nextDouble() * 0.3)
            : option.aidEquivalentRate();
    Set<String> covered = new HashSet<>();
    if (random.nextBoolean()) {
      for (StackProblem.CostLine line : lines) {
        if (random.nextBoolean()) {
          covered.add(line.id());
        }
      }
    }
    return new StackOption(
        option.instrumentId(),
        option.kind(),
        option.minEur(),
        option.maxEur(),
        option.maxShareOfNeed(),
        option.annualCostRate(),
        aidRate,
        option.aidBasis(),
        option.excludes(),
        option.requirement(),
        option.requirementShare(),
        option.bankFirstAboveEur(),
        option.weeksToDecision(),
        basis,
        covered);
  }

  private static StackOption anOption(Random random, int index, int optionCount, long need) {
    PartKind kind = KINDS[random.nextInt(KINDS.length)];
    long min = random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * 0.4 * need);
    long max = min + (long) (random.nextDouble() * need);
    double share = random.nextBoolean() ? 1 : 0.2 + random.nextDouble() * 0.8;
    AidBasis basis = AidBasis.values()[random.nextInt(AidBasis.values().length)];
    double aidRate =
        basis == AidBasis.NONE ? 0 : kind == PartKind.GRANT ? 1 : random.nextDouble() * 0.3;
    Set<String> excludes = new HashSet<>();
    for (int other = 0; other < optionCount; other++) {
      if (other != index && random.nextInt(6) == 0) {
        excludes.add("o" + other);
      }
    }
    StackOption.Requirement requirement = StackOption.Requirement.NONE;
    double requirementShare = 0;
    long bankFirstAbove = 0;
    if (kind == PartKind.GUARANTEE && random.nextInt(5) > 0) {
      requirement = StackOption.Requirement.COVERS_BANK_LOAN;
      requirementShare = 0.3 + random.nextDouble() * 0.6;
    } else if (kind == PartKind.LOAN && random.nextInt(3) == 0) {
      requirement = StackOption.Requirement.BANK_FIRST_ABOVE;
      bankFirstAbove = (long) (random.nextDouble() * max);
    } else if (kind == PartKind.LOAN && random.nextInt(3) == 0) {
      requirement = StackOption.Requirement.LENT_BY_THE_BANK;
    }
    return new StackOption(
        "o" + index,
        kind,
        min,
        max,
        share,
        rate(random, kind),
        aidRate,
        basis,
        excludes,
        requirement,
        requirementShare,
        bankFirstAbove,
        1 + random.nextInt(26));
  }

  private static double rate(Random random, PartKind kind) {
    return switch (kind) {
      case LOAN -> 0.02 + random.nextDouble() * 0.08;
      case SUBORDINATED_LOAN -> 0.05 + random.nextDouble() * 0.07;
      case CONVERTIBLE_LOAN -> 0.03 + random.nextDouble() * 0.12;
      case EQUITY -> 0.02 + random.nextDouble() * 0.2;
      case GRANT -> random.nextInt(3) == 0 ? 0.01 : 0;
      case GUARANTEE -> -0.02 + random.nextDouble() * 0.03;
      case TAX_BENEFIT -> -0.05 + random.nextDouble() * 0.04;
      default -> 0.05;
    };
  }
}
