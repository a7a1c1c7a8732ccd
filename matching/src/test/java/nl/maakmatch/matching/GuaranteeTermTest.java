package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.catalogue.MatchingTerms.Pricing;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.StackPart;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 7, economic life: a de minimis guarantee's gross grant equivalent is a proportion
 * of the ceiling per amount and per year it runs (Reg. 2023/2831 art. 4(6)(b)); a bank lends for
 * the economic life of what it finances, up to the scheme's longest term (BMKB: 6 years, 12 for a
 * building). So a machine kept for 10 years uses more de minimis room than software kept for 3.
 */
class GuaranteeTermTest {

  private static final double FIVE_YEAR_RATE = 0.1333;

  private final Pricing bmkb =
      TestCatalogue.shipped().instrument("bmkb").orElseThrow().terms().pricing();

  @Test
  void aPlanWithoutCostLinesKeepsTheRateForTheTypicalFiveYearLoan() {
    assertThat(bmkb.aidRateFor(planOf())).isEqualTo(FIVE_YEAR_RATE);
  }

  @Test
  void theGuaranteeRunsForTheAssetsLifeUpToTheSchemesLongestTerm() {
    // software kept 3 years: a 3-year loan
    assertThat(bmkb.aidRateFor(planOf(new CostItem(CostCategory.SOFTWARE, 600_000, 2027, 3))))
        .isCloseTo(FIVE_YEAR_RATE * 3 / 5, within(1e-9));
    // a machine kept 10 years: BMKB guarantees at most 6
    assertThat(bmkb.aidRateFor(planOf(new CostItem(CostCategory.MACHINERY, 600_000, 2027, 10))))
        .isCloseTo(FIVE_YEAR_RATE * 6 / 5, within(1e-9));
    // a building kept 30 years: at most 12
    assertThat(bmkb.aidRateFor(planOf(new CostItem(CostCategory.BUILDINGS, 600_000, 2027, 30))))
        .isCloseTo(FIVE_YEAR_RATE * 12 / 5, within(1e-9));
    // mixed lines: weighted by amount, (400k x 6 + 200k x 3) / 600k = 5 years
    assertThat(
            bmkb.aidRateFor(
                planOf(
                    new CostItem(CostCategory.MACHINERY, 400_000, 2027, 8),
                    new CostItem(CostCategory.SOFTWARE, 200_000, 2027, 3))))
        .isCloseTo(FIVE_YEAR_RATE, within(1e-9));
  }

  @Test
  void theStacksAidEquivalentForBmkbFollowsTheTerm() {
    MatchingEngine engine =
        new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));
    PlanProfile software = planOf(new CostItem(CostCategory.SOFTWARE, 1_200_000, 2027, 3));
    PlanProfile machine = planOf(new CostItem(CostCategory.MACHINERY, 1_200_000, 2027, 10));

    StackPart shortLoan = bmkbIn(engine, software);
    StackPart longLoan = bmkbIn(engine, machine);

    assertThat(shortLoan.aidEquivalentEur())
        .isCloseTo(Math.round(shortLoan.coversEur() * FIVE_YEAR_RATE * 3 / 5), within(2L));
    assertThat(longLoan.aidEquivalentEur())
        .isCloseTo(Math.round(longLoan.coversEur() * FIVE_YEAR_RATE * 6 / 5), within(2L));
  }

  private static StackPart bmkbIn(MatchingEngine engine, PlanProfile plan) {
    MatchResult result =
        engine.match(
            aFirm().in(Province.GE).withFigures(45, 8_000_000, 6_000_000).build(),
            plan,
            MatchOptions.defaults());
    return result.stack().parts().stream()
        .filter(p -> p.instrumentId().equals("bmkb"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no BMKB in " + result.stack().parts()));
  }

  private static PlanProfile planOf(CostItem... lines) {
    long total =
        lines.length == 0
            ? 1_200_000
            : List.of(lines).stream().mapToLong(CostItem::amountEur).sum();
    return new PlanProfile(
        Set.of(Purpose.MACHINERY),
        total,
        total / 6,
        0,
        LocalDate.of(2027, 6, 1),
        null,
        Set.of(),
        List.of(lines));
  }
}
