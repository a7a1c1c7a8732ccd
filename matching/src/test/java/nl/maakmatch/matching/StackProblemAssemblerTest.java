package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.Objective;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.stack.StackOption;
import nl.maakmatch.matching.stack.StackOption.Requirement;
import nl.maakmatch.matching.stack.StackProblem;
import org.junit.jupiter.api.Test;

class StackProblemAssemblerTest {

  private final StackProblemAssembler assembler =
      new StackProblemAssembler(TestCatalogue.shipped());

  @Test
  void capsGberInvestmentAidByFirmSize() {
    assertThat(StackProblemAssembler.gberInvestmentAidCap(SizeClass.MICRO)).isEqualTo(0.20);
    assertThat(StackProblemAssembler.gberInvestmentAidCap(SizeClass.SMALL)).isEqualTo(0.20);
    assertThat(StackProblemAssembler.gberInvestmentAidCap(SizeClass.MEDIUM)).isEqualTo(0.10);
    assertThat(StackProblemAssembler.gberInvestmentAidCap(SizeClass.LARGE)).isZero();
  }

  @Test
  void leavesWhatIsLeftOfTheDeMinimisCeiling() {
    MatchContext context =
        contextFor(
            aFirm().havingReceivedDeMinimis(120_000).build(), aMachineryPlanNeeding(400_000));

    StackProblem problem = assembler.assemble(List.of(), context, Objective.LOWEST_COST);

    assertThat(problem.deMinimisHeadroomEur()).isEqualTo(180_000);
    assertThat(problem.options()).isEmpty();
  }

  @Test
  void bmkbGreenCoversTwoThirdsOfTheBankLoanUpToItsCap() {
    MatchContext context =
        contextFor(
            aFirm().build(),
            aPlan()
                .forPurposes(Purpose.ENERGY_CLIMATE)
                .investing(2_200_000)
                .withOwnContribution(200_000)
                .build());

    StackOption option = option("bmkb_groen", context);

    assertThat(option.kind()).isEqualTo(PartKind.GUARANTEE);
    assertThat(option.requirement()).isEqualTo(Requirement.COVERS_BANK_LOAN);
    assertThat(option.requirementShare()).isEqualTo(0.675);
    // a credit of at most 1.5M, 67.5% covered
    assertThat(option.maxEur()).isEqualTo(1_012_500);
    assertThat(option.aidBasis()).isEqualTo(AidBasis.DE_MINIMIS);
  }

  @Test
  void qreditsLetsTheBankGoFirstAboveTwoHundredFiftyThousand() {
    MatchContext context = contextFor(aFirm().build(), aMachineryPlanNeeding(400_000));

    StackOption option = option("qredits_mkb_krediet", context);

    assertThat(option.requirement()).isEqualTo(Requirement.BANK_FIRST_ABOVE);
    assertThat(option.bankFirstAboveEur()).isEqualTo(250_000);
    assertThat(option.minEur()).isEqualTo(50_000);
    assertThat(option.maxEur()).isEqualTo(250_000);
    assertThat(option.annualCostRate()).isEqualTo(0.0775);
  }

  @Test
  void spreadsAOneOffTaxBenefitOverFiveYearsAsANegativeCost() {
    MatchContext context =
        contextFor(
            aFirm().build(),
            aPlan().forPurposes(Purpose.ENERGY_CLIMATE).investing(300_000).build());

    StackOption eia = option("eia", context);

    assertThat(eia.kind()).isEqualTo(PartKind.TAX_BENEFIT);
    assertThat(eia.annualCostRate()).isEqualTo(-0.02);
    assertThat(eia.maxEur()).isEqualTo(300_000);
  }

  @Test
  void makesExclusionsMutualAndKeepsOnlyThoseInTheStack() {
    MatchContext context =
        contextFor(
            aFirm().build(),
            aPlan().forPurposes(Purpose.ENERGY_CLIMATE).investing(300_000).build());

    StackProblem problem =
        assembler.assemble(
            List.of(instrument("eia"), instrument("mia_vamil"), instrument("sde_plus_plus")),
            context,
            Objective.LOWEST_COST);

    // SDE++ excludes EIA but is not in the stack (it pays per unit produced)
    assertThat(problem.options())
        .extracting(StackOption::instrumentId)
        .containsExactly("eia", "mia_vamil");
    assertThat(problem.options().get(0).excludes()).isEqualTo(Set.of("mia_vamil"));
    assertThat(problem.options().get(1).excludes()).isEqualTo(Set.of("eia"));
  }

  private StackOption option(String id, MatchContext context) {
    return assembler.option(instrument(id), context, Set.of(id)).orElseThrow();
  }
}
