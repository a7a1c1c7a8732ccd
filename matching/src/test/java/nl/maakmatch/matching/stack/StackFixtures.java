package nl.maakmatch.matching.stack;

import static nl.maakmatch.matching.stack.OptionBuilder.anOption;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems and instruments as a firm owner would describe them. Terms are simplified but shaped
 * after the Dutch schemes they are named for.
 */
final class StackFixtures {

  static final double BANK_RATE = 0.06;

  private StackFixtures() {}

  static long euros(long amount) {
    return amount;
  }

  static ProblemBuilder aSmallFirmNeeding(long needEur) {
    return new ProblemBuilder(needEur).withGberCap(0.20);
  }

  static ProblemBuilder aMediumFirmNeeding(long needEur) {
    return new ProblemBuilder(needEur).withGberCap(0.10);
  }

  /** BMKB: a state guarantee on a bank loan, de minimis aid, net interest saving. */
  static OptionBuilder bmkbGuarantee() {
    return anOption("bmkb")
        .ofKind(PartKind.GUARANTEE)
        .between(euros(0), euros(1_500_000))
        .coveringBankLoanUpTo(0.5)
        .costingPerYear(-0.01)
        .withAid(0.05, AidBasis.DE_MINIMIS)
        .decidedInWeeks(3);
  }

  /** EIB-funded lending: the bank's own loan on a line 0.65 percentage point cheaper. */
  static OptionBuilder eibLoanViaTheBank() {
    return anOption("eib").lentByTheBank().costingPerYear(BANK_RATE - 0.0065).decidedInWeeks(6);
  }

  /** GO: half of the bank loan guaranteed at a market-conform fee. */
  static OptionBuilder goGuarantee() {
    return anOption("go")
        .ofKind(PartKind.GUARANTEE)
        .between(euros(0), euros(75_000_000))
        .coveringBankLoanUpTo(0.5)
        .costingPerYear(-0.005)
        .decidedInWeeks(3);
  }

  /** Qredits: up to EUR 500k, but above EUR 250k a bank must lend at least as much. */
  static OptionBuilder qreditsLoan() {
    return anOption("qredits")
        .between(euros(0), euros(500_000))
        .withBankFirstAbove(euros(250_000))
        .costingPerYear(0.045)
        .decidedInWeeks(4);
  }

  static OptionBuilder eiaTaxDeduction() {
    return anOption("eia")
        .ofKind(PartKind.TAX_BENEFIT)
        .between(euros(2_500), euros(50_000_000))
        .costingPerYear(-0.1)
        .excluding("mia")
        .decidedInWeeks(2);
  }

  static OptionBuilder miaTaxDeduction() {
    return anOption("mia")
        .ofKind(PartKind.TAX_BENEFIT)
        .between(euros(2_500), euros(25_000_000))
        .costingPerYear(-0.08)
        .decidedInWeeks(2);
  }

  /** An investment grant under GBER art. 17: every euro of it is aid. */
  static OptionBuilder investmentGrant() {
    return anOption("investment_grant")
        .ofKind(PartKind.GRANT)
        .between(euros(10_000), euros(2_000_000))
        .costingPerYear(0)
        .withAid(1.0, AidBasis.GBER)
        .decidedInWeeks(12);
  }

  /** A de minimis subsidy: cheap money that eats into the EUR 300k ceiling. */
  static OptionBuilder deMinimisSubsidy() {
    return anOption("mkb_subsidy")
        .ofKind(PartKind.GRANT)
        .between(euros(5_000), euros(500_000))
        .costingPerYear(0)
        .withAid(1.0, AidBasis.DE_MINIMIS)
        .decidedInWeeks(8);
  }

  /** A regional development fund participation: cheap on paper, but it takes a stake. */
  static OptionBuilder romEquity() {
    return anOption("rom_equity")
        .ofKind(PartKind.EQUITY)
        .between(euros(100_000), euros(5_000_000))
        .costingPerYear(0.03)
        .decidedInWeeks(16);
  }

  static OptionBuilder subordinatedLoan() {
    return anOption("subordinated_loan")
        .ofKind(PartKind.SUBORDINATED_LOAN)
        .between(euros(50_000), euros(2_000_000))
        .costingPerYear(0.08)
        .decidedInWeeks(8);
  }

  static final class ProblemBuilder {
    private final long needEur;
    private long ownContributionEur;
    private double gberCap;
    private long deMinimisHeadroomEur = euros(300_000);
    private double unsecuredShare = 1.0;
    private Objective objective = Objective.LOWEST_COST;
    private final List<StackOption> options = new ArrayList<>();
    private final List<StackProblem.CostLine> costLines = new ArrayList<>();

    private ProblemBuilder(long needEur) {
      this.needEur = needEur;
    }

    ProblemBuilder withOwnContribution(long euros) {
      this.ownContributionEur = euros;
      return this;
    }

    ProblemBuilder withGberCap(double cap) {
      this.gberCap = cap;
      return this;
    }

    /** A line of the plan's costs with the highest aid intensity that applies to it. */
    ProblemBuilder withCostLine(String id, long amountEur, double intensity, double euRate) {
      costLines.add(new StackProblem.CostLine(id, amountEur, intensity, euRate));
      return this;
    }

    ProblemBuilder withDeMinimisHeadroom(long euros) {
      this.deMinimisHeadroomEur = euros;
      return this;
    }

    /** How much of the investment a bank lends against collateral alone. */
    ProblemBuilder whereBankLendsUnsecured(double shareOfInvestment) {
      this.unsecuredShare = shareOfInvestment;
      return this;
    }

    ProblemBuilder optimisingFor(Objective newObjective) {
      this.objective = newObjective;
      return this;
    }

    ProblemBuilder eligibleFor(OptionBuilder... eligible) {
      for (OptionBuilder option : eligible) {
        options.add(option.build());
      }
      return this;
    }

    StackProblem build() {
      if (!costLines.isEmpty()) {
        return new StackProblem(
            needEur + ownContributionEur,
            ownContributionEur,
            0,
            costLines,
            deMinimisHeadroomEur,
            new StackProblem.BankLoanTerms(BANK_RATE, unsecuredShare),
            options,
            objective);
      }
      return new StackProblem(
          needEur + ownContributionEur,
          ownContributionEur,
          0,
          gberCap,
          deMinimisHeadroomEur,
          new StackProblem.BankLoanTerms(BANK_RATE, unsecuredShare),
          options,
          objective);
    }
  }
}
