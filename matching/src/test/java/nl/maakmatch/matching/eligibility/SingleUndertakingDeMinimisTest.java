package nl.maakmatch.matching.eligibility;

import static nl.maakmatch.matching.eligibility.EligibilityAssertions.onlyUnmet;
import static nl.maakmatch.matching.fixtures.Contexts.contextFor;
import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 5: de minimis under Reg. (EU) 2023/2831 is counted per single undertaking, a
 * guarantee counts at its gross grant equivalent (art. 4(6)), and export-related aid is outside the
 * regulation.
 */
class SingleUndertakingDeMinimisTest {

  @Test
  void aidToTheRestOfTheGroupCountsAgainstTheSameCeiling() {
    var firm =
        aFirm().havingReceivedDeMinimis(100_000).whoseGroupReceivedDeMinimis(200_000).build();
    MatchContext context = contextFor(firm, aMachineryPlanNeeding(500_000));

    assertThat(context.deMinimisHeadroomEur()).isZero();
    UnmetCriterion unmet =
        onlyUnmet(new DeMinimisHeadroomPolicy().check(instrument("bmkb"), context));
    assertThat(english(unmet.message()))
        .isEqualTo(
            "BMKB is de minimis aid and your headroom is used up: your firm received €100,000 and"
                + " the rest of your group €200,000 in the last 3 years, the ceiling is €300,000"
                + " per group (Regulation (EU) 2023/2831)");
    // BMKB's basis is "de minimis (estimate)": a question for the bank, not a hard no
    assertThat(unmet.confirmed()).isFalse();
  }

  @Test
  void groupAidLeavesLessHeadroomForTheStack() {
    var firm = aFirm().havingReceivedDeMinimis(50_000).whoseGroupReceivedDeMinimis(100_000).build();

    assertThat(contextFor(firm, aMachineryPlanNeeding(500_000)).deMinimisHeadroomEur())
        .isEqualTo(150_000);
  }

  @Test
  void bmkbCountsItsGuaranteeByTheRegulationsMethodForGuaranteesArticle4Paragraph6() {
    // 300,000 ceiling per 2,250,000 guaranteed over 5 years: 13.33% of the state's cover
    assertThat(instrument("bmkb").terms().pricing().aidRate()).isEqualTo(0.1333);
    assertThat(instrument("bmkb").terms().isEstimated("aidRate")).isTrue();
  }

  @Test
  void bmkbDoesNotFinanceExportBecauseDeMinimisExcludesExportRelatedAid() {
    assertThat(instrument("bmkb").terms().scope().purposes()).doesNotContain(Purpose.EXPORT);
  }
}
