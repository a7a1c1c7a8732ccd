package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aSmallMachineBuilderIn;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.PlanProfile;
import org.junit.jupiter.api.Test;

/** KIA's investment window per tax year and the minimum project costs of other schemes. */
class InvestmentSizePolicyTest {

  private final InvestmentSizePolicy policy = new InvestmentSizePolicy();

  @Test
  void kiaAppliesWithinTheTwentyTwentySixWindow() {
    assertThat(check("kia", investing(398_236, 2026)).isEligible()).isTrue();
    assertThat(check("kia", investing(2_901, 2026)).isEligible()).isTrue();
  }

  @Test
  void kiaRejectsAnInvestmentAboveTheTwentyTwentySixUpperLimit() {
    UnmetCriterion unmet = onlyUnmet(check("kia", investing(450_000, 2026)));

    assertThat(unmet.criterion()).isEqualTo(Criterion.AMOUNT_MAX);
    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "KIA geldt bij een totale investering van € 2.901 tot € 398.236 per jaar (in 2026);"
                + " uw investering is € 450.000");
    // 51,764 less is about 12% of the investment: realistic
    assertThat(english(unmet.wouldFitIf().orElseThrow()))
        .isEqualTo("with an investment of at most €398,236 (€51,764 less)");
  }

  @Test
  void kiaUsesTheTwentyTwentyFiveLimitForAPlanStartingThen() {
    assertThat(check("kia", investing(395_000, 2025)).isEligible()).isFalse();
    assertThat(check("kia", investing(392_230, 2025)).isEligible()).isTrue();
  }

  @Test
  void kiaSaysWhenALaterYearsLimitsAreNotYetKnown() {
    UnmetCriterion unmet = onlyUnmet(check("kia", investing(1_200_000, 2027)));

    assertThat(english(unmet.message())).contains("(in 2026; limits for 2027 not yet known)");
    assertThat(unmet.wouldFitIf()).isEmpty();
  }

  @Test
  void innovatiekredietNeedsProjectCostsOfAtLeastOneHundredFiftyThousand() {
    UnmetCriterion unmet = onlyUnmet(check("innovatiekrediet", investing(120_000, 2027)));

    assertThat(dutch(unmet.message()))
        .isEqualTo(
            "Innovatiekrediet vereist een investering (projectkosten) van minimaal € 150.000;"
                + " uw investering is € 120.000");
    assertThat(dutch(unmet.wouldFitIf().orElseThrow())).isEqualTo("met € 30.000 meer investering");
  }

  private Eligibility check(String id, PlanProfile plan) {
    return policy.check(instrument(id), contextFor(aSmallMachineBuilderIn(Province.OV), plan));
  }

  private static PlanProfile investing(long investment, int year) {
    return aPlan()
        .investing(investment)
        .withOwnContribution(0)
        .startingOn(LocalDate.of(year, 6, 1))
        .build();
  }
}
