package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackOption;
import nl.maakmatch.matching.stack.StackPart;
import org.junit.jupiter.api.Test;

/**
 * A plan's capex lines drive the aid count (issue #11, GBER art. 8(3)): each line is a cost line
 * with its own ceiling, energy aid covers the energy installation only, and EIA's base is net of
 * the VEKI grant on it (docs/rules/schemes.md).
 */
class CapexLinesTest {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  private final PlanProfile plan =
      new PlanProfile(
          Set.of(Purpose.ENERGY_CLIMATE, Purpose.MACHINERY),
          5_000_000,
          1_000_000,
          0,
          LocalDate.of(2027, 6, 1),
          // a proven technique (TRL 9), which VEKI asks for: stated, so it is eligible
          9,
          Set.of(),
          List.of(
              new CostItem(CostCategory.MACHINERY, 3_000_000, 2027, 10),
              new CostItem(CostCategory.ENERGY_INSTALLATION, 2_000_000, 2027, 15)));

  private final MatchResult result =
      engine.match(
          aFirm().in(Province.NB).withSbi("25.62").withFigures(120, 30_000_000, 20_000_000).build(),
          plan,
          MatchOptions.defaults());

  @Test
  void countsAidOnEachCapexLineAgainstItsOwnCeiling() {
    assertThat(result.stack().costLines())
        .extracting(Stack.CostLineAid::id)
        .containsExactly("1-machinery", "2-energy_installation");
    for (Stack.CostLineAid line : result.stack().costLines()) {
      assertThat(line.aidUsedEur()).isLessThanOrEqualTo(line.aidCapEur());
    }
  }

  @Test
  void energyAidCoversTheEnergyInstallationOnlyAndEiasBaseIsNetOfTheGrantOnIt() {
    StackOption veki = option("veki");
    assertThat(veki.costLineIds()).containsExactly("2-energy_installation");
    assertThat(option("eia").costLineIds()).containsExactly("2-energy_installation");

    // VEKI or DEI+ (they exclude each other): an investment grant on the energy installation
    long grant =
        result.stack().parts().stream()
            .filter(p -> p.instrumentId().equals("veki") || p.instrumentId().equals("dei_plus"))
            .mapToLong(StackPart::coversEur)
            .sum();
    long eiaBase = part("eia").coversEur();
    assertThat(grant).isPositive();
    assertThat(eiaBase + grant).isLessThanOrEqualTo(2_000_000);
  }

  /**
   * KIA's window holds per tax year for what is invested in it (issue #11): 1.2M over three years
   * fits in the years that spend 300k, though the total is above the window.
   */
  @Test
  void readsKiasYearlyWindowOnWhatEachYearSpends() {
    PlanProfile overThreeYears =
        new PlanProfile(
            Set.of(Purpose.MACHINERY),
            1_200_000,
            200_000,
            0,
            LocalDate.of(2027, 6, 1),
            null,
            Set.of(),
            List.of(
                new CostItem(CostCategory.MACHINERY, 300_000, 2027, 10),
                new CostItem(CostCategory.MACHINERY, 300_000, 2028, 10),
                new CostItem(CostCategory.MACHINERY, 600_000, 2029, 10)));
    PlanProfile inOneGo =
        new PlanProfile(
            Set.of(Purpose.MACHINERY),
            1_200_000,
            200_000,
            0,
            LocalDate.of(2027, 6, 1),
            null,
            Set.of());
    var firm = aFirm().in(Province.NB).withSbi("25.62").build();

    MatchResult spread = engine.match(firm, overThreeYears, MatchOptions.defaults());
    MatchResult whole = engine.match(firm, inOneGo, MatchOptions.defaults());

    assertThat(whole.instrument("kia").orElseThrow().eligible()).isFalse();
    assertThat(spread.instrument("kia").orElseThrow().eligible()).isTrue();
    StackOption kia =
        spread.stackProblem().options().stream()
            .filter(o -> o.instrumentId().equals("kia"))
            .findFirst()
            .orElseThrow();
    assertThat(kia.maxEur()).isEqualTo(600_000); // 2027 and 2028; 2029's 600k is above the window
  }

  @Test
  void saysSoWhenThePlanStatesNoCostLines() {
    PlanProfile noLines =
        new PlanProfile(plan.purposes(), 5_000_000, 1_000_000, 0, plan.startsOn(), null, Set.of());

    MatchResult spread =
        engine.match(
            aFirm().in(Province.NB).withSbi("25.62").build(), noLines, MatchOptions.defaults());

    Flag flag =
        spread.planFlags().stream()
            .filter(f -> f.kind() == FlagKind.COSTS_SPREAD_EVENLY)
            .findFirst()
            .orElseThrow();
    assertThat(english(flag.text()))
        .isEqualTo(
            "The plan states no cost lines: state aid is counted on its total, spread evenly over"
                + " its purposes. State the investments line by line for a count per cost line.");
    assertThat(result.planFlags())
        .extracting(Flag::kind)
        .doesNotContain(FlagKind.COSTS_SPREAD_EVENLY);
  }

  private StackOption option(String id) {
    return result.stackProblem().options().stream()
        .filter(o -> o.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among the options"));
  }

  private StackPart part(String id) {
    return result.stack().parts().stream()
        .filter(p -> p.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + result.stack().parts()));
  }
}
