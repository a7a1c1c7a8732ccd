package nl.maakmatch.matching;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Plans.aMachineryPlanNeeding;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.maakmatch.matching.eligibility.Criterion;
import nl.maakmatch.matching.eligibility.OpenQuestion;
import nl.maakmatch.matching.eligibility.Verdict;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.scoring.Certainty;
import nl.maakmatch.matching.stack.Objective;
import nl.maakmatch.matching.stack.StackOption;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 4: an estimate is never a hard "no". A limit that rests on a term the curated
 * terms list under {@code estimates}, or a condition the plan does not state, makes a match
 * UNCERTAIN with what to check with whom, certainty LOW and no place in the financing stack; only a
 * confirmed rule makes it NOT_ELIGIBLE.
 */
class UncertainEligibilityTest {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  @Test
  void nomsEstimatedTicketLeavesASmallDrentheFirmUncertainNotRefused() {
    // NOM: typical ticket "250,000 - 5,000,000 (estimate)", "co-financing (estimate)" read as at
    // most half the need; the reference: "smaller Drenthe MKB via MKB Fonds Drenthe"
    MatchResult result = match(aFirm().in(Province.DR).build(), aMachineryPlanNeeding(300_000));

    InstrumentMatch nom = result.instrument("rom_nom").orElseThrow();
    assertThat(nom.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(nom.eligible()).isTrue();
    assertThat(nom.unmet()).isEmpty();
    assertThat(nom.certainty()).isEqualTo(Certainty.LOW);
    OpenQuestion ticket = nom.toCheck().get(0);
    assertThat(ticket.criterion()).isEqualTo(Criterion.AMOUNT_MIN);
    assertThat(english(ticket.message()))
        .isEqualTo(
            "NOM requires a loan of at least €250,000 and finances at most 50% of the financing"
                + " need; with your need of €300,000 that is at most €150,000, so the need must be"
                + " at least €500,000 (this is an estimate, not a confirmed rule)");
    assertThat(english(ticket.checkWith())).isEqualTo("Check the minimum amount with NOM");
    assertThat(dutch(ticket.checkWith())).isEqualTo("Vraag NOM naar het minimumbedrag");
    assertThat(result.stackProblem().options())
        .extracting(StackOption::instrumentId)
        .doesNotContain("rom_nom");
  }

  @Test
  void aFirmThatCheckedNomsTicketCountsItInTheStackItsEstimatedMinimumNoLongerBinding() {
    // "never in the base stack unless the user includes it": the firm asked NOM, the ticket fits
    FirmProfile drenthe = aFirm().in(Province.DR).build();
    PlanProfile plan = aMachineryPlanNeeding(300_000);
    MatchResult counted =
        engine.match(
            drenthe, plan, new MatchOptions(false, Objective.LOWEST_COST, Set.of("rom_nom")));

    InstrumentMatch nom = counted.instrument("rom_nom").orElseThrow();
    assertThat(nom.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(nom.flags()).extracting(Flag::kind).contains(FlagKind.COUNTED_BY_CHOICE);
    StackOption option =
        counted.stackProblem().options().stream()
            .filter(o -> o.instrumentId().equals("rom_nom"))
            .findFirst()
            .orElseThrow();
    // the estimated 250,000 minimum is what the firm checked; the 50% share of the need still holds
    assertThat(option.minEur()).isZero();
    assertThat(option.maxEur()).isEqualTo(150_000);

    MatchResult uncounted = match(drenthe, plan);
    assertThat(uncounted.instrument("rom_nom").orElseThrow().flags())
        .extracting(Flag::kind)
        .contains(FlagKind.COUNTABLE_AFTER_CHECK)
        .doesNotContain(FlagKind.COUNTED_BY_CHOICE);
  }

  @Test
  void countingAnUncertainInstrumentKeepsItsConfirmedMinimum() {
    // Invest-NL's open point is its typical TRL; its 5,000,000 minimum is confirmed and stays
    MatchResult result =
        engine.match(
            aMidCapFirm(),
            aGrowthPlanAtTrl5(),
            new MatchOptions(false, Objective.LOWEST_COST, Set.of("invest_nl")));

    InstrumentMatch investNl = result.instrument("invest_nl").orElseThrow();
    assertThat(investNl.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(result.stackProblem().options())
        .filteredOn(o -> o.instrumentId().equals("invest_nl"))
        .singleElement()
        .satisfies(o -> assertThat(o.minEur()).isEqualTo(5_000_000));
  }

  @Test
  void inWestsEstimatedTicketAsksToCheckTheTicketSize() {
    MatchResult result =
        match(
            aFirm().in(Province.NH).build(),
            aPlan()
                .forPurposes(Purpose.PRODUCT_INNOVATION)
                .investing(400_000)
                .withOwnContribution(100_000)
                .atTrl(7)
                .build());

    InstrumentMatch inWest = result.instrument("rom_inwest").orElseThrow();
    assertThat(inWest.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(english(inWest.toCheck().get(0).checkWith()))
        .isEqualTo("Check the ticket size with ROM InWest");
    assertThat(dutch(inWest.toCheck().get(0).checkWith()))
        .isEqualTo("Vraag ROM InWest naar de ticketgrootte");
  }

  @Test
  void investNlsTypicalTrlIsAskedAboutNotAppliedAsARule() {
    // Invest-NL: "typically at TRL 7-9"; its 5M minimum and 50% share are confirmed and met
    MatchResult result = match(aMidCapFirm(), aGrowthPlanAtTrl5());

    InstrumentMatch investNl = result.instrument("invest_nl").orElseThrow();
    assertThat(investNl.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(english(investNl.toCheck().get(0).message()))
        .isEqualTo(
            "Invest-NL is for technology at TRL 7–9; your plan is at TRL 5 (this is an estimate,"
                + " not a confirmed rule)");
    assertThat(english(investNl.toCheck().get(0).checkWith()))
        .isEqualTo("Check with Invest-NL which TRL they require");
  }

  @Test
  void mitRdWithoutAPartnerIsUncertainWithTheConditionNamed() {
    // MIT R&D-samenwerking: "collaboration of >= 2 independent MKB firms"
    MatchResult result =
        match(
            aFirm().build(),
            aPlan()
                .forPurposes(Purpose.RD)
                .investing(300_000)
                .withOwnContribution(100_000)
                .atTrl(5)
                .build());

    InstrumentMatch mit = result.instrument("mit_rd_samenwerking").orElseThrow();
    assertThat(mit.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(mit.toCheck())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.criterion()).isEqualTo(Criterion.CONDITION);
              assertThat(dutch(q.message()))
                  .isEqualTo(
                      "MIT R&D-samenwerking vraagt een samenwerking van minstens twee onafhankelijke"
                          + " MKB-bedrijven; uw plan noemt nog geen partner");
              assertThat(english(q.checkWith()))
                  .isEqualTo("Find an independent SME partner and discuss the project with RVO");
            });
    assertThat(result.stackProblem().options())
        .extracting(StackOption::instrumentId)
        .doesNotContain("mit_rd_samenwerking");
  }

  @Test
  void deiPlusAsksForTheInnovationClaimAndAPlanWithoutTrlForItsTrl() {
    MatchResult result =
        match(
            aFirm().build(),
            aPlan()
                .forPurposes(Purpose.ENERGY_CLIMATE, Purpose.PROCESS_INNOVATION)
                .investing(2_000_000)
                .build());

    InstrumentMatch dei = result.instrument("dei_plus").orElseThrow();
    assertThat(dei.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(dei.toCheck())
        .extracting(q -> english(q.message()))
        .containsExactly(
            "DEI+ is for techniques that are new against the international state of the art;"
                + " your plan does not say yet what is new",
            "DEI+ is for technology at TRL 6–8; your plan states no TRL yet");
    assertThat(dei.toCheck())
        .extracting(q -> english(q.checkWith()))
        .containsExactly(
            "Check with RVO whether your technique counts as innovative",
            "Check with RVO which TRL they require");
  }

  @Test
  void aConfirmedRuleStillRefuses() {
    // GO: "min_loan_eur: 1500000", confirmed
    MatchResult result = match(aFirm().build(), aMachineryPlanNeeding(1_000_000));

    InstrumentMatch go = result.instrument("go").orElseThrow();
    assertThat(go.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(go.eligible()).isFalse();
    assertThat(go.toCheck()).isEmpty();
  }

  @Test
  void bmkbsAndQreditsUnconfirmedMinimumsAreCheckedWithTheBankAndQredits() {
    // bmkb: min_credit_need_eur 35,000 "(third-party source)"; qredits_mkb_krediet: min_eur
    // 50,000, unconfirmed
    MatchResult result = match(aFirm().build(), aMachineryPlanNeeding(30_000));

    InstrumentMatch bmkb = result.instrument("bmkb").orElseThrow();
    InstrumentMatch qredits = result.instrument("qredits_mkb_krediet").orElseThrow();
    assertThat(bmkb.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(dutch(bmkb.toCheck().get(0).checkWith()))
        .isEqualTo("Vraag uw bank naar het minimumbedrag");
    assertThat(qredits.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(english(qredits.toCheck().get(0).checkWith()))
        .isEqualTo("Check the minimum amount with Qredits");
  }

  @Test
  void ipceiFromTheSeedNoteAsksForAConsortiumWithTenPercentMkb() {
    MatchResult result =
        match(
            aFirm().build(), aPlan().forPurposes(Purpose.RD).investing(2_000_000).atTrl(6).build());

    InstrumentMatch ipcei = result.instrument("ipcei").orElseThrow();
    assertThat(ipcei.verdict()).isEqualTo(Verdict.UNCERTAIN);
    assertThat(ipcei.toCheck())
        .extracting(q -> english(q.message()))
        .containsExactly(
            "IPCEI needs a collaboration of at least two independent SMEs; your plan names no"
                + " partner yet",
            "IPCEI works with consortia; the industry note (2022) names as a rule that at least"
                + " 10% of a consortium is MKB, which is not confirmed for this scheme");
    assertThat(english(ipcei.toCheck().get(1).checkWith()))
        .isEqualTo(
            "Check with Ministerie van EZ whether a consortium needs at least 10% MKB"
                + " participation, and find a consortium to join");
  }

  private static FirmProfile aMidCapFirm() {
    return aFirm().withFigures(200, 40_000_000, 30_000_000).build();
  }

  /** Invest-NL: "typically at TRL 7-9"; its 5M minimum and 50% share are confirmed and met. */
  private static PlanProfile aGrowthPlanAtTrl5() {
    return aPlan()
        .forPurposes(Purpose.GROWTH_CAPITAL)
        .investing(24_000_000)
        .withOwnContribution(4_000_000)
        .atTrl(5)
        .build();
  }

  private MatchResult match(FirmProfile firm, PlanProfile plan) {
    return engine.match(firm, plan, MatchOptions.defaults());
  }
}
