package nl.maakmatch.matching.referral;

import static nl.maakmatch.matching.fixtures.Firms.aFirm;
import static nl.maakmatch.matching.fixtures.Firms.theExampleFirm;
import static nl.maakmatch.matching.fixtures.Plans.aPlan;
import static nl.maakmatch.matching.fixtures.Plans.theExamplePlan;
import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.StackOption;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 9: the industry note's non-financial support (Smart Industry Fieldlabs, TO2
 * institutions, regional digital hubs) as "also talk to" with why, by purpose, region and key
 * technology, and never as money.
 */
class ReferralsTest {

  private final Referrals referrals = new Referrals();

  @Test
  void pointsAMachineryAndProcessInnovationPlanToFieldlabsTo2AndItsRegionalHub() {
    var found = referrals.forPlan(theExampleFirm(), theExamplePlan());

    assertThat(found)
        .extracting(Referral::support)
        .containsExactly(Support.FIELDLAB, Support.TO2_INSTITUTE, Support.DIGITAL_HUB);
    Referral hub = found.get(2);
    assertThat(english(hub.name()))
        .isEqualTo("regional digital hub (European Digital Innovation Hub)");
    assertThat(english(hub.why()))
        .isEqualTo(
            "help with digitalisation and AI from the hub in your region (North Brabant); your"
                + " plan is about process innovation");
    assertThat(dutch(found.get(0).why()))
        .isEqualTo(
            "proeftuinen waar maakbedrijven nieuwe productietechnologie (automatisering,"
                + " digitalisering) uitproberen voordat zij erin investeren; uw plan gaat over"
                + " machines en installaties en procesinnovatie");
  }

  @Test
  void anAiPlanIsSentToTheDigitalHubOfItsOwnProvince() {
    var found =
        referrals.forPlan(
            aFirm().in(Province.GR).build(),
            aPlan().forPurposes(Purpose.GROWTH_CAPITAL).in(KeyTechnology.AI).build());

    assertThat(found).extracting(Referral::support).containsExactly(Support.DIGITAL_HUB);
    assertThat(english(found.get(0).why()))
        .isEqualTo(
            "help with digitalisation and AI from the hub in your region (Groningen); your plan"
                + " is about artificial intelligence");
  }

  @Test
  void aWorkingCapitalPlanGetsNoReferral() {
    assertThat(
            referrals.forPlan(
                theExampleFirm(), aPlan().forPurposes(Purpose.WORKING_CAPITAL).build()))
        .isEmpty();
  }

  @Test
  void referralsComeWithTheMatchButNeverAsMoneyInTheStack() {
    MatchResult result =
        new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY))
            .match(theExampleFirm(), theExamplePlan(), MatchOptions.defaults());

    assertThat(result.referrals()).hasSize(3);
    assertThat(result.stackProblem().options())
        .extracting(StackOption::instrumentId)
        .noneMatch(id -> id.contains("fieldlab") || id.contains("to2") || id.contains("hub"));
  }
}
