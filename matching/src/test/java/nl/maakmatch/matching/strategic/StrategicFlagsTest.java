package nl.maakmatch.matching.strategic;

import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static nl.maakmatch.matching.fixtures.TestCatalogue.instrument;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import org.junit.jupiter.api.Test;

class StrategicFlagsTest {

  private final StrategicFlags flags = new StrategicFlags();

  @Test
  void marksPlansInTheKeyTechnologiesOfTheIndustryNote() {
    PlanProfile water = aPlan().in(KeyTechnology.WATER).build();

    assertThat(flags.forPlan(water))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FlagKind.KEY_TECHNOLOGY);
              assertThat(dutch(f.text()))
                  .startsWith("Uw plan betreft een sleuteltechnologie (water).");
            });
    assertThat(flags.forPlan(aPlan().in(KeyTechnology.QUANTUM).build())).isEmpty();
    assertThat(flags.forPlan(aPlan().build())).isEmpty();
  }

  @Test
  void warnsThatAnEquityStakeInASemiconductorFirmNeedsAVifoNotification() {
    PlanProfile chips = aPlan().in(KeyTechnology.SEMICONDUCTORS).build();

    assertThat(flags.forInstrument(instrument("invest_nl"), chips))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FlagKind.VIFO_NOTIFICATION);
              assertThat(english(f.text()))
                  .contains("10%, 20% or 25% of the votes")
                  .contains("Dutch and EU investors too")
                  .contains("standstill");
            });
  }

  @Test
  void photonicsAndQuantumAreVerySensitiveToo() {
    for (KeyTechnology technology :
        new KeyTechnology[] {KeyTechnology.PHOTONICS, KeyTechnology.QUANTUM}) {
      assertThat(flags.forInstrument(instrument("seed_capital"), aPlan().in(technology).build()))
          .extracting(Flag::kind)
          .containsExactly(FlagKind.VIFO_NOTIFICATION);
    }
  }

  @Test
  void debtAndGuaranteesGiveNoVotesAndAreNotFlagged() {
    PlanProfile chips = aPlan().in(KeyTechnology.SEMICONDUCTORS).build();

    assertThat(flags.forInstrument(instrument("bmkb"), chips)).isEmpty();
    assertThat(flags.forInstrument(instrument("qredits_mkb_krediet"), chips)).isEmpty();
    assertThat(flags.forInstrument(instrument("innovatiekrediet"), chips)).isEmpty();
  }

  @Test
  void pointsToThePendingExtensionForAiAndBiotech() {
    assertThat(
            flags.forInstrument(
                instrument("rom_innovationquarter"), aPlan().in(KeyTechnology.AI).build()))
        .extracting(Flag::kind)
        .containsExactly(FlagKind.VIFO_EXTENSION_PENDING);
  }

  @Test
  void aNonSensitiveTechnologyNeedsNoNotification() {
    assertThat(flags.forInstrument(instrument("invest_nl"), aPlan().in(KeyTechnology.FOOD).build()))
        .isEmpty();
  }
}
