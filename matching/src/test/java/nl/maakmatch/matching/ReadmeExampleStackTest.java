package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Plans.theExamplePlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maakmatch.matching.eligibility.Verdict;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.stack.StackPart;
import org.junit.jupiter.api.Test;

/**
 * The README's example (a 45-person metalworker in Noord-Brabant buying a 1.2M milling line, 200k
 * own money, TRL 8) as a Dutch adviser would start it: the base stack is what the plan can be
 * financed with (issue #11), so it counts on no competition; the EIC Accelerator is upside.
 */
class ReadmeExampleStackTest {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  private final MatchResult result =
      engine.match(theExampleFirm(), theExamplePlan(), MatchOptions.defaults());

  @Test
  void baseStackLeansOnTheBankLoanAndNeverOnACompetitiveGrant() {
    assertThat(result.stack().feasible()).isTrue();
    assertThat(result.stack().parts())
        .extracting(StackPart::instrumentId)
        .contains("bank_loan")
        .doesNotContain("eic_accelerator", "mit_rd_samenwerking");
    assertThat(result.stack().parts()).extracting(StackPart::kind).doesNotContain(PartKind.GRANT);
  }

  @Test
  void aBmkbGuaranteeCoversWhatTheBankCannotLendAgainstCollateral() {
    // collateral: the bank lends 50% of the 1.2M investment unsecured (EngineDefaults); the need
    // is 1M, so 400k more needs a guarantee: BMKB's 45% of the bank loan (docs/rules/schemes.md)
    StackPart bmkb = part("bmkb");

    assertThat(bmkb.kind()).isEqualTo(PartKind.GUARANTEE);
    assertThat(bmkb.coversEur()).isGreaterThanOrEqualTo(bankLoan() - 600_000);
  }

  @Test
  void showsTheEicAcceleratorAsUpsideWithWhatItWouldChange() {
    Upside eic = result.upside().get(0);

    assertThat(eic.instrumentId()).isEqualTo("eic_accelerator");
    assertThat(eic.addsEur()).isPositive();
    assertThat(english(eic.likelihood()))
        .isEqualTo(
            "EIC Accelerator is a competition: applications are ranked against each other and"
                + " most do not win. Apply, but count on it only once it is awarded.");
    assertThat(dutch(eic.likelihood()))
        .isEqualTo(
            "EIC Accelerator is een wedstrijd: aanvragen worden tegen elkaar afgewogen en de"
                + " meeste winnen niet. Vraag het aan, maar reken er pas op als het is toegekend.");
    assertThat(eic.conditions()).isNotEmpty();
    // EIC's 500k replaces part of the bank loan and of the other loans in a stack composed with it
    assertThat(eic.addsEur()).isEqualTo(500_000);
    assertThat(english(eic.effect()))
        .isEqualTo("If it succeeds, your bank loan can be €422,223 smaller.");
    assertThat(dutch(eic.effect())).isEqualTo("Lukt het, dan kan uw banklening € 422.223 kleiner.");
  }

  /**
   * The request README's "Try it" sends (the same metalworker without its partner holding, so a
   * small firm): VFF, whose investor letter the plan cannot show yet, is uncertain and stays out of
   * the base stack; EIC stays upside.
   */
  @Test
  void theReadmeRequestCountsOnNoSchemeWhoseConditionItCannotShowYet() {
    var firm =
        aFirm()
            .in(Province.NB)
            .withSbi("25.62")
            .foundedOn(LocalDate.of(2012, 5, 1))
            .withFigures(45, 8_000_000, 5_000_000)
            .build();
    var plan =
        aPlan()
            .forPurposes(Purpose.MACHINERY, Purpose.PROCESS_INNOVATION)
            .investing(1_200_000)
            .withOwnContribution(200_000)
            .startingOn(LocalDate.of(2027, 6, 1))
            .atTrl(8)
            .build();

    MatchResult readme = engine.match(firm, plan, MatchOptions.defaults());

    assertThat(readme.stack().parts())
        .extracting(StackPart::instrumentId)
        .doesNotContain("vff", "eic_accelerator");
    assertThat(readme.instrument("vff").orElseThrow().verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(readme.stack().uncoveredEur()).isZero();
  }

  private StackPart part(String id) {
    return result.stack().parts().stream()
        .filter(p -> p.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + result.stack().parts()));
  }

  private long bankLoan() {
    return part("bank_loan").fundsEur();
  }
}
