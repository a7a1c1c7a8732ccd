package nl.maakmatch.matching.stack;

import java.util.HashSet;
import java.util.Set;

/** Builds a {@link StackOption} that reads like the scheme it stands for. */
final class OptionBuilder {

  private final String id;
  private PartKind kind = PartKind.LOAN;
  private long minEur;
  private long maxEur = 10_000_000;
  private double maxShareOfNeed = 1;
  private double annualCostRate = 0.05;
  private double aidEquivalentRate;
  private AidBasis aidBasis = AidBasis.NONE;
  private final Set<String> excludes = new HashSet<>();
  private StackOption.Requirement requirement = StackOption.Requirement.NONE;
  private double requirementShare;
  private long bankFirstAboveEur;
  private int weeksToDecision = 4;
  private LegalBasis legalBasis;
  private final Set<String> costLineIds = new HashSet<>();

  private OptionBuilder(String id) {
    this.id = id;
  }

  static OptionBuilder anOption(String id) {
    return new OptionBuilder(id);
  }

  OptionBuilder ofKind(PartKind newKind) {
    this.kind = newKind;
    return this;
  }

  OptionBuilder between(long min, long max) {
    this.minEur = min;
    this.maxEur = max;
    return this;
  }

  OptionBuilder atMostShareOfNeed(double share) {
    this.maxShareOfNeed = share;
    return this;
  }

  OptionBuilder costingPerYear(double rate) {
    this.annualCostRate = rate;
    return this;
  }

  OptionBuilder withAid(double rate, AidBasis basis) {
    this.aidEquivalentRate = rate;
    this.aidBasis = basis;
    return this;
  }

  OptionBuilder excluding(String otherId) {
    excludes.add(otherId);
    return this;
  }

  OptionBuilder coveringBankLoanUpTo(double share) {
    this.requirement = StackOption.Requirement.COVERS_BANK_LOAN;
    this.requirementShare = share;
    return this;
  }

  OptionBuilder withBankFirstAbove(long threshold) {
    this.requirement = StackOption.Requirement.BANK_FIRST_ABOVE;
    this.bankFirstAboveEur = threshold;
    return this;
  }

  OptionBuilder under(LegalBasis basis) {
    this.legalBasis = basis;
    this.aidBasis = basis.aidBasis();
    return this;
  }

  OptionBuilder onCostLines(String... ids) {
    costLineIds.addAll(Set.of(ids));
    return this;
  }

  OptionBuilder lentByTheBank() {
    this.requirement = StackOption.Requirement.LENT_BY_THE_BANK;
    return this;
  }

  OptionBuilder decidedInWeeks(int weeks) {
    this.weeksToDecision = weeks;
    return this;
  }

  StackOption build() {
    return new StackOption(
        id,
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
        legalBasis == null ? LegalBasis.byDefaultFor(aidBasis) : legalBasis,
        costLineIds);
  }
}
