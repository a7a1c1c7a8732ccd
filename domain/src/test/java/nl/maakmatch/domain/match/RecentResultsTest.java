package nl.maakmatch.domain.match;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.fixtures.PlanFixtures;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.instrument.EngineCatalogue;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.stack.Objective;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

  private static final UUID PLAN = UUID.randomUUID();

  private final Catalogue shipped = CatalogueReader.shipped();
  private final MatchingEngine engine = new MatchingEngine(shipped, Time.fixedClock());
  private final EngineCatalogue catalogue = new EngineCatalogue(shipped, versions(1), engine);
  private final RecentResults results = new RecentResults();
  private final FirmProfile firm =
      Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", Time.fixedClock())
          .profile(Time.TODAY);
  private final PlanProfile plan = PlanFixtures.aSubmittedPlan().profile();

  @Test
  void aPlanMatchedAgainUnchangedOnTheSameDayGetsTheRememberedResult() {
    RecentResults.Known first =
        results.of(PLAN, catalogue, Time.TODAY, firm, plan, MatchOptions.defaults());
    RecentResults.Known again =
        results.of(
            PLAN, catalogue, Time.TODAY, copyOf(firm), copyOf(plan), MatchOptions.defaults());

    assertThat(again.result()).isSameAs(first.result());
    assertThat(again.digest()).isEqualTo(first.digest()).isEqualTo(written(catalogue, first));
  }

  @Test
  void anotherDayOrOtherFiguresAreMatchedAgainAndAnEqualResultKeepsItsDigest() {
    RecentResults.Known first =
        results.of(PLAN, catalogue, Time.TODAY, firm, plan, MatchOptions.defaults());
    RecentResults.Known nextDay =
        results.of(PLAN, catalogue, Time.TODAY.plusDays(1), firm, plan, MatchOptions.defaults());
    PlanProfile moreOwnMoney =
        new PlanProfile(
            plan.purposes(),
            plan.totalInvestmentEur(),
            plan.ownContributionEur() + 1,
            plan.committedByOthersEur(),
            plan.startsOn(),
            plan.trl(),
            plan.keyTechnologies(),
            plan.capexLines());
    RecentResults.Known changed =
        results.of(PLAN, catalogue, Time.TODAY, firm, moreOwnMoney, MatchOptions.defaults());

    // the engine ran again (the fixed clock gives it the same day, so the result is equal)
    assertThat(nextDay.result()).isNotSameAs(first.result()).isEqualTo(first.result());
    assertThat(nextDay.digest()).isEqualTo(first.digest());
    assertThat(changed.result()).isNotSameAs(nextDay.result());
    assertThat(changed.digest()).isEqualTo(written(catalogue, changed));
  }

  @Test
  void otherOptionsOrAnotherCatalogueAreMatchedAndDigestedAgain() {
    RecentResults.Known lowestCost =
        results.of(PLAN, catalogue, Time.TODAY, firm, plan, MatchOptions.defaults());
    MatchOptions proposed = new MatchOptions(true, Objective.LOWEST_COST);
    EngineCatalogue revised = new EngineCatalogue(shipped, versions(2), engine);

    RecentResults.Known withProposed =
        results.of(PLAN, catalogue, Time.TODAY, firm, plan, proposed);
    RecentResults.Known afterRevision = results.of(PLAN, revised, Time.TODAY, firm, plan, proposed);

    assertThat(withProposed.digest())
        .isEqualTo(written(catalogue, withProposed))
        .isNotEqualTo(lowestCost.digest());
    assertThat(afterRevision.result()).isNotSameAs(withProposed.result());
    assertThat(afterRevision.digest())
        .isEqualTo(written(revised, afterRevision))
        .isNotEqualTo(withProposed.digest());
  }

  private static FirmProfile copyOf(FirmProfile profile) {
    return new FirmProfile(
        profile.province(),
        profile.sbiCode(),
        profile.foundedOn(),
        profile.employees(),
        profile.annualTurnoverEur(),
        profile.balanceSheetTotalEur(),
        List.copyOf(profile.linkedEnterprises()),
        profile.publicBodyOwnershipPct(),
        profile.deMinimisReceivedEur(),
        profile.firstCommercialSaleOn(),
        profile.groupDeMinimisReceivedEur(),
        profile.publicOwnerType());
  }

  private static PlanProfile copyOf(PlanProfile profile) {
    return new PlanProfile(
        Set.copyOf(profile.purposes()),
        profile.totalInvestmentEur(),
        profile.ownContributionEur(),
        profile.committedByOthersEur(),
        profile.startsOn(),
        profile.trl(),
        Set.copyOf(profile.keyTechnologies()),
        List.copyOf(profile.capexLines()));
  }

  private static String written(EngineCatalogue catalogue, RecentResults.Known known) {
    return PlanMatch.digestOf(
        catalogue.catalogue().version(),
        MatchService.json(catalogue.instrumentVersions()),
        MatchService.json(known.result()));
  }

  private Map<String, Integer> versions(int version) {
    Map<String, Integer> versions = new HashMap<>();
    shipped.instruments().forEach(instrument -> versions.put(instrument.id(), version));
    return versions;
  }
}
