package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.theExamplePlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.stack.Objective;
import nl.maakmatch.matching.stack.StackPart;
import org.junit.jupiter.api.Test;

/**
 * Issue #11, policy what-if: the industry note's proposals evaluated as if enacted, in a scenario
 * beside the real stack, never as available.
 */
class WhatIfScenarioTest {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  private final MatchResult withProposals =
      engine.match(
          theExampleFirm(), theExamplePlan(), new MatchOptions(true, Objective.LOWEST_COST));

  private final MatchResult without =
      engine.match(theExampleFirm(), theExamplePlan(), MatchOptions.defaults());

  @Test
  void theReadmeExampleGetsAScenarioPerProposalItWouldFit() {
    // the family-investor facility is for starters (Tante Agaath): the 2010 firm is none
    assertThat(withProposals.whatIf())
        .extracting(WhatIf::instrumentId)
        .containsExactly(
            "wbio_proposed",
            "mkb_bank_maakindustrie_proposed",
            "regional_vestigingsfonds_proposed");
  }

  @Test
  void aProposedLenderWouldLetTheBankLendLessAndSaysItDoesNotExist() {
    WhatIf bank = scenario("mkb_bank_maakindustrie_proposed");

    assertThat(bank.addsEur()).isPositive();
    assertThat(bank.bankLoanSmallerByEur()).isEqualTo(422_223);
    // the real stack already covers the whole need: nothing left to close
    assertThat(bank.closesUncoveredEur()).isZero();
    assertThat(english(bank.statement()))
        .isEqualTo(
            "MKB-bank maakindustrie is a policy proposal (industry note 2022) and does not exist."
                + " If it were enacted as proposed, your bank loan could be €422,223 smaller.");
    assertThat(dutch(bank.statement()))
        .isEqualTo(
            "MKB-bank maakindustrie is een beleidsvoorstel (industrienotitie 2022) en bestaat niet."
                + " Als het zo werd ingevoerd, kon uw banklening € 422.223 kleiner.");
  }

  @Test
  void aProposedTaxCreditIsNotShownAsMoneyNow() {
    WhatIf wbio = scenario("wbio_proposed");

    assertThat(wbio.bankLoanSmallerByEur()).isZero();
    assertThat(english(wbio.statement()))
        .isEqualTo(
            "WBIO is a policy proposal (industry note 2022) and does not exist. If it were enacted"
                + " as proposed, it would give a tax benefit on €1,000,000 of the investment; that"
                + " comes later through the tax return, not as money for the investment now.");
  }

  @Test
  void proposalsStayListedAsNotEligibleWithTheirStatus() {
    assertThat(withProposals.instrument("mkb_bank_maakindustrie_proposed").orElseThrow().eligible())
        .isFalse();
  }

  @Test
  void theBaseStackIsTheSameWithOrWithoutProposals() {
    assertThat(withProposals.stack()).isEqualTo(without.stack());
    assertThat(withProposals.upside()).isEqualTo(without.upside());
  }

  @Test
  void noProposalEverEntersTheBaseStack() {
    assertThat(withProposals.stack().parts())
        .extracting(StackPart::instrumentId)
        .noneMatch(id -> id.endsWith("_proposed"));
  }

  @Test
  void withoutProposalsThereIsNoScenario() {
    assertThat(without.whatIf()).isEmpty();
  }

  private WhatIf scenario(String id) {
    return withProposals.whatIf().stream()
        .filter(w -> w.instrumentId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + withProposals.whatIf()));
  }
}
