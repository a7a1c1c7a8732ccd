package nl.maakmatch.matching.stack;

import static nl.maakmatch.matching.stack.OptionBuilder.anOption;
import static nl.maakmatch.matching.stack.StackFixtures.aMediumFirmNeeding;
import static nl.maakmatch.matching.stack.StackFixtures.aSmallFirmNeeding;
import static nl.maakmatch.matching.stack.StackFixtures.bmkbGuarantee;
import static nl.maakmatch.matching.stack.StackFixtures.deMinimisSubsidy;
import static nl.maakmatch.matching.stack.StackFixtures.eiaTaxDeduction;
import static nl.maakmatch.matching.stack.StackFixtures.eibLoanViaTheBank;
import static nl.maakmatch.matching.stack.StackFixtures.euros;
import static nl.maakmatch.matching.stack.StackFixtures.goGuarantee;
import static nl.maakmatch.matching.stack.StackFixtures.investmentGrant;
import static nl.maakmatch.matching.stack.StackFixtures.miaTaxDeduction;
import static nl.maakmatch.matching.stack.StackFixtures.qreditsLoan;
import static nl.maakmatch.matching.stack.StackFixtures.romEquity;
import static nl.maakmatch.matching.stack.StackFixtures.subordinatedLoan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackComposerTest {

  private final StackComposer composer = new StackComposer();

  private Stack composeChecked(StackProblem problem) {
    Stack stack = composer.compose(problem);
    assertThat(StackInvariants.brokenRules(problem, stack)).as(stack.toString()).isEmpty();
    return stack;
  }

  private static long amountOf(Stack stack, String id) {
    return part(stack, id).map(StackPart::coversEur).orElse(0L);
  }

  private static Optional<StackPart> part(Stack stack, String id) {
    return stack.parts().stream().filter(part -> part.instrumentId().equals(id)).findFirst();
  }

  // ---- state aid per cost line (GBER art. 8(2), 8(3); de minimis 2023/2831 art. 5(2)) ----

  /** Art. 8(3): aid on one cost line cumulates up to that line's highest intensity only. */
  @Test
  void aidOnACostLineStaysWithinThatLinesIntensity() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .withCostLine("machine", 600_000, 0.20, 0)
            .withCostLine("heat_pump", 400_000, 0.50, 0)
            .eligibleFor(
                investmentGrant().under(LegalBasis.GBER_ART_17).onCostLines("machine"),
                anOption("energy_grant")
                    .ofKind(PartKind.GRANT)
                    .between(0, 1_000_000)
                    .costingPerYear(0)
                    .withAid(1.0, AidBasis.GBER)
                    .under(LegalBasis.GBER_ART_38)
                    .onCostLines("heat_pump"))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "investment_grant")).isEqualTo(euros(120_000)); // 20% of 600k
    assertThat(amountOf(stack, "energy_grant")).isEqualTo(euros(200_000)); // 50% of 400k
    assertThat(stack.costLines())
        .extracting(Stack.CostLineAid::id, Stack.CostLineAid::aidUsedEur)
        .containsExactly(tuple("machine", 120_000L), tuple("heat_pump", 200_000L));
  }

  /** De minimis art. 5(2): on costs that also carry GBER aid, de minimis counts inside the cap. */
  @Test
  void deMinimisAidOnTheSameCostsCountsInsideTheCostLineIntensity() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .withCostLine("machine", 1_000_000, 0.20, 0)
            .eligibleFor(investmentGrant(), deMinimisSubsidy())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "investment_grant") + amountOf(stack, "mkb_subsidy"))
        .isEqualTo(euros(200_000));
  }

  /** Art. 8(2): EU funds and national aid on the same costs stay within the EU rate together. */
  @Test
  void euFundsAndNationalAidOnTheSameCostsStayWithinTheEuRate() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .withCostLine("innovation", 1_000_000, 0.45, 0.70)
            .eligibleFor(
                anOption("eic")
                    .ofKind(PartKind.GRANT)
                    .between(0, 700_000)
                    .costingPerYear(0)
                    .withAid(1.0, AidBasis.NONE)
                    .under(LegalBasis.EU_FUNDS),
                investmentGrant().under(LegalBasis.GBER_ART_25_EXPERIMENTAL_DEVELOPMENT))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "eic") + amountOf(stack, "investment_grant"))
        .isEqualTo(euros(700_000));
  }

  // ---- bank loan and guarantees ----

  /** Issue #11: EIB-funded lending is the bank's own loan, so the same collateral limit holds. */
  @Test
  void eibFundedLendingStaysWithinTheBanksCollateralLimit() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.5)
            .eligibleFor(eibLoanViaTheBank(), subordinatedLoan())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "eib") + amountOf(stack, "bank_loan")).isEqualTo(euros(500_000));
    assertThat(amountOf(stack, "eib")).isEqualTo(euros(500_000)); // the cheaper line first
    assertThat(amountOf(stack, "subordinated_loan")).isEqualTo(euros(500_000));
  }

  /** Issue #11: one bank loan, one guarantee scheme behind it; GO and BMKB are never both. */
  @Test
  void neverPutsTwoGuaranteesOnTheOneBankLoan() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.2)
            .eligibleFor(bmkbGuarantee(), goGuarantee(), subordinatedLoan())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(stack.parts().stream().filter(p -> p.kind() == PartKind.GUARANTEE)).hasSize(1);
  }

  @Test
  void bankLendsOnlyUpToItsCollateralWithoutAGuarantee() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.5)
            .eligibleFor(subordinatedLoan())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(500_000));
    assertThat(amountOf(stack, "subordinated_loan")).isEqualTo(euros(500_000));
  }

  @Test
  void guaranteeLetsTheBankLendBeyondItsCollateral() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.5)
            .eligibleFor(subordinatedLoan(), bmkbGuarantee())
            .build();

    Stack stack = composeChecked(problem);

    // 500k collateral + cover, with cover at most half the loan: the bank reaches 1M
    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(1_000_000));
    assertThat(amountOf(stack, "bmkb")).isEqualTo(euros(500_000));
    assertThat(part(stack, "subordinated_loan")).isEmpty();
    assertThat(part(stack, "bmkb").orElseThrow().fundsEur()).isZero();
  }

  @Test
  void bankLoanIsArrangedBeforeTheGuaranteeThatCoversIt() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.5)
            .eligibleFor(subordinatedLoan(), bmkbGuarantee().decidedInWeeks(20))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(part(stack, "bank_loan").orElseThrow().order()).isEqualTo(1);
    assertThat(part(stack, "bmkb").orElseThrow().order()).isEqualTo(2);
  }

  @Test
  void guaranteeIsLeftOutWhenTheBankNeedsNone() {
    StackProblem problem =
        aSmallFirmNeeding(euros(400_000))
            .whereBankLendsUnsecured(1.0)
            .eligibleFor(bmkbGuarantee().costingPerYear(0.002))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(part(stack, "bmkb")).isEmpty();
    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(400_000));
  }

  // ---- Qredits: above its threshold the bank goes first ----

  @Test
  void qreditsStopsAtItsThresholdWhenTheBankCannotLendAsMuch() {
    StackProblem problem =
        aSmallFirmNeeding(euros(400_000))
            .whereBankLendsUnsecured(0.3)
            .eligibleFor(qreditsLoan(), subordinatedLoan().between(0, euros(1_000_000)))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "qredits")).isEqualTo(euros(250_000));
    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(120_000));
    assertThat(amountOf(stack, "subordinated_loan")).isEqualTo(euros(30_000));
  }

  @Test
  void qreditsGoesAboveItsThresholdWhenTheBankLendsAtLeastAsMuchFirst() {
    StackProblem problem =
        aSmallFirmNeeding(euros(800_000))
            .whereBankLendsUnsecured(1.0)
            .eligibleFor(qreditsLoan())
            .build();

    Stack stack = composeChecked(problem);

    // cheaper Qredits money is worth taking up to the point where the bank matches it
    assertThat(amountOf(stack, "qredits")).isEqualTo(euros(400_000));
    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(400_000));
    assertThat(part(stack, "bank_loan").orElseThrow().order()).isEqualTo(1);
  }

  // ---- state aid ceilings ----

  @Test
  void gberCapsInvestmentAidAtTwentyPercentForASmallFirm() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000)).eligibleFor(investmentGrant()).build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "investment_grant")).isEqualTo(euros(200_000));
    assertThat(stack.gberAidUsedEur()).isEqualTo(euros(200_000));
    assertThat(stack.gberAidCapEur()).isEqualTo(euros(200_000));
  }

  @Test
  void gberCapsInvestmentAidAtTenPercentForAMediumFirm() {
    StackProblem problem =
        aMediumFirmNeeding(euros(1_000_000)).eligibleFor(investmentGrant()).build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "investment_grant")).isEqualTo(euros(100_000));
    assertThat(stack.gberAidCapEur()).isEqualTo(euros(100_000));
  }

  @Test
  void gberCapCountsTheWholeInvestmentIncludingOwnContribution() {
    StackProblem problem =
        aSmallFirmNeeding(euros(800_000))
            .withOwnContribution(euros(200_000))
            .eligibleFor(investmentGrant())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "investment_grant")).isEqualTo(euros(200_000));
    assertThat(stack.ownContributionEur()).isEqualTo(euros(200_000));
  }

  @Test
  void deMinimisSubsidyIsCutToTheRemainingHeadroom() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .withDeMinimisHeadroom(euros(80_000))
            .eligibleFor(deMinimisSubsidy())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "mkb_subsidy")).isEqualTo(euros(80_000));
    assertThat(stack.deMinimisUsedEur()).isEqualTo(euros(80_000));
    assertThat(stack.deMinimisHeadroomEur()).isZero();
  }

  @Test
  void deMinimisSubsidyBelowItsMinimumIsLeftOutWhenHeadroomIsTooSmall() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .withDeMinimisHeadroom(euros(4_000))
            .eligibleFor(deMinimisSubsidy())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(part(stack, "mkb_subsidy")).isEmpty();
    assertThat(stack.deMinimisHeadroomEur()).isEqualTo(euros(4_000));
  }

  // ---- mutual exclusions ----

  @Test
  void eiaAndMiaAreNeverCombinedAndTheMoreValuableOneWins() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .eligibleFor(eiaTaxDeduction(), miaTaxDeduction())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "eia")).isEqualTo(euros(1_000_000));
    assertThat(part(stack, "mia")).isEmpty();
  }

  @Test
  void exclusionListedOnOneSideOnlyStillKeepsBothApart() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .eligibleFor(eiaTaxDeduction().costingPerYear(-0.05), miaTaxDeduction())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "mia")).isEqualTo(euros(1_000_000));
    assertThat(part(stack, "eia")).isEmpty();
  }

  // ---- objectives ----

  /** Equity at 7% is dearer than the bank but cheaper than a subordinated loan at 8%. */
  private StackProblem equityOrLoan(Objective objective) {
    return aSmallFirmNeeding(euros(1_000_000))
        .whereBankLendsUnsecured(0.4)
        .optimisingFor(objective)
        .eligibleFor(romEquity().costingPerYear(0.07), subordinatedLoan())
        .build();
  }

  @Test
  void lowestCostTakesEquityWhenItIsCheaperThanTheOtherLoan() {
    Stack stack = composeChecked(equityOrLoan(Objective.LOWEST_COST));

    assertThat(amountOf(stack, "rom_equity")).isEqualTo(euros(600_000));
  }

  @Test
  void leastDilutionAvoidsEquityEvenWhenItIsCheaper() {
    Stack stack = composeChecked(equityOrLoan(Objective.LEAST_DILUTION));

    assertThat(part(stack, "rom_equity")).isEmpty();
    assertThat(amountOf(stack, "subordinated_loan")).isEqualTo(euros(600_000));
    assertThat(stack.estimatedAnnualCostEur())
        .isGreaterThan(
            composer.compose(equityOrLoan(Objective.LOWEST_COST)).estimatedAnnualCostEur());
  }

  @Test
  void leastDilutionTakesOnlyTheEquityNothingElseCanReplace() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.4)
            .optimisingFor(Objective.LEAST_DILUTION)
            .eligibleFor(romEquity(), subordinatedLoan().between(euros(50_000), euros(450_000)))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(amountOf(stack, "rom_equity")).isEqualTo(euros(150_000));
    assertThat(stack.feasible()).isTrue();
  }

  @Test
  void fewestApplicationsPrefersOneDearLoanOverTwoCheapOnes() {
    OptionBuilder cheapA =
        OptionBuilder.anOption("regional_loan").between(0, euros(300_000)).costingPerYear(0.02);
    OptionBuilder cheapB =
        OptionBuilder.anOption("innovation_loan").between(0, euros(300_000)).costingPerYear(0.03);
    StackProblem lowestCost =
        aSmallFirmNeeding(euros(600_000))
            .whereBankLendsUnsecured(0)
            .eligibleFor(cheapA, cheapB, subordinatedLoan().between(0, euros(1_000_000)))
            .build();
    StackProblem fewest =
        aSmallFirmNeeding(euros(600_000))
            .whereBankLendsUnsecured(0)
            .optimisingFor(Objective.FEWEST_APPLICATIONS)
            .eligibleFor(cheapA, cheapB, subordinatedLoan().between(0, euros(1_000_000)))
            .build();

    Stack cheapest = composeChecked(lowestCost);
    Stack simplest = composeChecked(fewest);

    assertThat(cheapest.parts())
        .extracting(StackPart::instrumentId)
        .containsExactlyInAnyOrder("regional_loan", "innovation_loan");
    assertThat(simplest.parts())
        .extracting(StackPart::instrumentId)
        .containsExactly("subordinated_loan");
  }

  @Test
  void fewestApplicationsSkipsTaxBenefitsThatDoNotHelpCover() {
    StackProblem problem =
        aSmallFirmNeeding(euros(500_000))
            .optimisingFor(Objective.FEWEST_APPLICATIONS)
            .eligibleFor(eiaTaxDeduction())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(stack.parts()).extracting(StackPart::instrumentId).containsExactly("bank_loan");
  }

  // ---- cover and order ----

  @Test
  void problemThatCannotBeCoveredReportsTheUncoveredAmount() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.2)
            .eligibleFor(subordinatedLoan().between(euros(50_000), euros(300_000)))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(stack.feasible()).isFalse();
    assertThat(stack.uncoveredEur()).isEqualTo(euros(500_000));
    assertThat(amountOf(stack, "bank_loan")).isEqualTo(euros(200_000));
    assertThat(amountOf(stack, "subordinated_loan")).isEqualTo(euros(300_000));
  }

  @Test
  void zeroNeedGivesAFeasibleEmptyStack() {
    StackProblem problem =
        aSmallFirmNeeding(euros(0))
            .withOwnContribution(euros(250_000))
            .eligibleFor(subordinatedLoan(), investmentGrant())
            .build();

    Stack stack = composeChecked(problem);

    assertThat(stack.feasible()).isTrue();
    assertThat(stack.parts()).isEmpty();
    assertThat(stack.uncoveredEur()).isZero();
    assertThat(stack.estimatedAnnualCostEur()).isZero();
    assertThat(stack.ownContributionEur()).isEqualTo(euros(250_000));
    assertThat(stack.gberAidCapEur()).isEqualTo(euros(50_000));
  }

  @Test
  void stackNeverFinancesMoreThanTheNeed() {
    StackProblem problem =
        aSmallFirmNeeding(euros(100_000))
            .whereBankLendsUnsecured(0)
            .eligibleFor(subordinatedLoan().between(euros(150_000), euros(300_000)))
            .build();

    Stack stack = composeChecked(problem);

    // the loan's minimum is above the need, and over-financing is not allowed
    assertThat(part(stack, "subordinated_loan")).isEmpty();
    assertThat(stack.uncoveredEur()).isEqualTo(euros(100_000));
  }

  @Test
  void instrumentsWithTheLongestLeadTimeAreStartedFirstAndTheBankLast() {
    StackProblem problem =
        aSmallFirmNeeding(euros(1_000_000))
            .whereBankLendsUnsecured(0.5)
            .eligibleFor(
                investmentGrant().decidedInWeeks(12),
                romEquity().costingPerYear(0.07).decidedInWeeks(16))
            .build();

    Stack stack = composeChecked(problem);

    assertThat(stack.parts())
        .extracting(StackPart::instrumentId)
        .containsExactly("rom_equity", "investment_grant", "bank_loan");
    assertThat(stack.parts()).extracting(StackPart::order).containsExactly(1, 2, 3);
  }
}
