package nl.maakmatch.matching.scoring;

import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aSmallMachineBuilderIn;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.theExamplePlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class InstrumentScorerTest {

  private final InstrumentScorer scorer = new InstrumentScorer();
  private final MatchContext example = contextFor(theExampleFirm(), theExamplePlan());

  @Test
  void scoresOnSixVisibleFactorsThatAddUpToTheTotal() {
    ScoreBreakdown score = scorer.score(instrument("rom_bom"), example);

    assertThat(score.components())
        .extracting(ScoreComponent::factor)
        .containsExactly(ScoreFactor.values());
    assertThat(score.components().stream().mapToDouble(ScoreComponent::weight).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(score.total()).isBetween(0, 100);
    double sum = score.components().stream().mapToDouble(c -> c.weight() * c.fit() * 100).sum();
    assertThat(score.total()).isEqualTo((int) Math.round(sum));
  }

  @Test
  void bomCoversHalfTheNeedAndIsTheFirmsOwnRegionalFinancierWithASemiconductorFocus() {
    ScoreBreakdown score = scorer.score(instrument("rom_bom"), example);

    // co-investment: at most 50% of the 1,000,000 need
    assertThat(component(score, ScoreFactor.AMOUNT_FIT).fit()).isEqualTo(0.5);
    assertThat(dutch(component(score, ScoreFactor.AMOUNT_FIT).explanation()))
        .isEqualTo("tot € 500.000 van uw financieringsbehoefte van € 1.000.000");
    // one of the plan's two purposes (process innovation, not machinery)
    assertThat(component(score, ScoreFactor.PURPOSE_FIT).fit()).isEqualTo(0.5);
    assertThat(component(score, ScoreFactor.REGIONAL_PRIORITY).fit()).isEqualTo(1.0);
    assertThat(component(score, ScoreFactor.STRATEGIC_TECHNOLOGY).fit()).isEqualTo(1.0);
    // market terms unknown: the subordinated-loan default of 9% a year, 1 - 0.09/0.15 = 0.4
    assertThat(component(score, ScoreFactor.COST_OF_CAPITAL).fit()).isCloseTo(0.4, within(1e-9));
    assertThat(english(component(score, ScoreFactor.COST_OF_CAPITAL).explanation()))
        .isEqualTo("about 9% a year (default assumption)");
  }

  @Test
  void aNationalInstrumentEarnsLessRegionalPriorityThanTheFirmsOwnRom() {
    double national =
        component(scorer.score(instrument("bmkb"), example), ScoreFactor.REGIONAL_PRIORITY).fit();
    double own =
        component(scorer.score(instrument("rom_bom"), example), ScoreFactor.REGIONAL_PRIORITY)
            .fit();

    assertThat(national).isLessThan(own);
  }

  @Test
  void cheaperMoneyScoresHigherOnCost() {
    var liofFirm = contextFor(aSmallMachineBuilderIn(Province.LI), aMachineryPlanNeeding(400_000));

    double qredits =
        component(
                scorer.score(instrument("qredits_mkb_krediet"), liofFirm),
                ScoreFactor.COST_OF_CAPITAL)
            .fit();
    double liof =
        component(scorer.score(instrument("rom_liof"), liofFirm), ScoreFactor.COST_OF_CAPITAL)
            .fit();
    double bmkb =
        component(scorer.score(instrument("bmkb"), liofFirm), ScoreFactor.COST_OF_CAPITAL).fit();

    // BMKB premium ~0.9%/yr < LIOF ~7.15% < Qredits 7.75%
    assertThat(bmkb).isGreaterThan(liof);
    assertThat(liof).isGreaterThan(qredits);
  }

  @Test
  void goDecidesFasterThanAGrantScheme() {
    var big = contextFor(theExampleFirm(), aMachineryPlanNeeding(2_000_000));

    double go = component(scorer.score(instrument("go"), big), ScoreFactor.SPEED_TO_DECISION).fit();
    double innovatiekrediet =
        component(scorer.score(instrument("innovatiekrediet"), big), ScoreFactor.SPEED_TO_DECISION)
            .fit();

    // GO: "RVO responds within 3 weeks"; Innovatiekrediet "~8-16 weeks"
    assertThat(go).isGreaterThan(innovatiekrediet);
    assertThat(
            dutch(
                component(scorer.score(instrument("go"), big), ScoreFactor.SPEED_TO_DECISION)
                    .explanation()))
        .isEqualTo("besluit in ca. 3 weken");
  }

  @Test
  void aCostShareInstrumentCountsOnlyOnThePurposesItFinances() {
    // Innovatiekrediet: 35% (medium) of the process-innovation half of 1.2M = 210,000 of the 1M
    // need
    ScoreComponent amount =
        component(scorer.score(instrument("innovatiekrediet"), example), ScoreFactor.AMOUNT_FIT);

    assertThat(amount.fit()).isCloseTo(0.21, within(1e-9));
  }

  private static ScoreComponent component(ScoreBreakdown score, ScoreFactor factor) {
    return score.components().stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
  }
}
