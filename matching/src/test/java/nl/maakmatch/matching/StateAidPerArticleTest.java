package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.LegalBasis;
import nl.maakmatch.matching.stack.StackOption;
import nl.maakmatch.matching.stack.StackPart;
import org.junit.jupiter.api.Test;

/**
 * Issue #11's energy examples: each aid names its own article and cumulates per cost line up to the
 * highest intensity applicable to those costs (GBER art. 8(3)), not under one art. 17 cap.
 */
class StateAidPerArticleTest {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  @Test
  void aLargeFirmsEnergyPlantGetsEiaAndVekiUnderTheirOwnArticles() {
    var large =
        aFirm().in(Province.NB).withSbi("25.62").withFigures(400, 90_000_000, 70_000_000).build();
    var plant =
        aPlan()
            .forPurposes(Purpose.ENERGY_CLIMATE)
            .investing(40_000_000)
            .withOwnContribution(10_000_000)
            .startingOn(LocalDate.of(2027, 6, 1))
            // VEKI asks for a proven technique: stated, so it is eligible, not uncertain
            .atTrl(9)
            .build();

    MatchResult result = engine.match(large, plant, MatchOptions.defaults());

    // art. 17 gives a large firm nothing; art. 38 (energy efficiency) gives 30% [estimate]
    assertThat(option(result, "eia").legalBasis()).isEqualTo(LegalBasis.GBER_ART_38);
    assertThat(option(result, "veki").legalBasis()).isEqualTo(LegalBasis.GBER_ART_38);
    assertThat(result.stackProblem().costLines().get(0).intensityCap()).isEqualTo(0.30);
    assertThat(part(result, "veki").legalBasis()).isEqualTo(LegalBasis.GBER_ART_38);
    assertThat(part(result, "veki").coversEur()).isPositive();
    assertThat(part(result, "eia").coversEur()).isPositive();
  }

  @Test
  void aMediumFirmsEnergyPlanLeavesRoomForVekiBesideEia() {
    var medium =
        aFirm().in(Province.NB).withSbi("25.62").withFigures(120, 30_000_000, 20_000_000).build();
    var plan =
        aPlan()
            .forPurposes(Purpose.ENERGY_CLIMATE, Purpose.MACHINERY)
            .investing(5_000_000)
            .withOwnContribution(1_000_000)
            .startingOn(LocalDate.of(2027, 6, 1))
            // VEKI asks for a proven technique: stated, so it is eligible, not uncertain
            .atTrl(9)
            .build();

    MatchResult result = engine.match(medium, plan, MatchOptions.defaults());

    StackPart veki = part(result, "veki");
    StackPart eia = part(result, "eia");
    // EIA's base is net of the VEKI grant on the same costs (docs/rules/schemes.md)
    assertThat(eia.coversEur() + veki.coversEur()).isLessThanOrEqualTo(5_000_000);
    // together within 40% (art. 38 for a medium firm, 30% + 10 points [estimate])
    assertThat(result.stack().costLines().get(0).aidUsedEur())
        .isLessThanOrEqualTo(2_000_000)
        .isEqualTo(veki.aidEquivalentEur() + eia.aidEquivalentEur());
  }

  private static StackOption option(MatchResult result, String id) {
    return result.stackProblem().options().stream()
        .filter(o -> o.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + result.stackProblem()));
  }

  private static StackPart part(MatchResult result, String id) {
    return result.stack().parts().stream()
        .filter(p -> p.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + result.stack().parts()));
  }
}
