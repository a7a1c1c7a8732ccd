package nl.maakmatch.domain.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.firm.Firms;
import nl.maakmatch.domain.instrument.CatalogueSnapshots;
import nl.maakmatch.domain.instrument.EngineCatalogue;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.PlanService;
import nl.maakmatch.domain.plan.PlanStatus;
import nl.maakmatch.domain.plan.Plans;
import nl.maakmatch.domain.region.RegionAccess;
import nl.maakmatch.domain.region.RegionWhatIf;
import nl.maakmatch.domain.rematch.ResultChange;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.stack.Objective;

/** Runs the matching engine against the current catalogue, and keeps matches of stored plans. */
@ApplicationScoped
public class MatchService {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Map.copyOf iterates in an order that differs from one JVM to the next: sorted keys keep
          // a result's digest the same on every instance and after a restart
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  /** Who stored a match that MaakMatch made by itself. */
  static final String SYSTEM = "maakmatch";

  private static final ResultChange NOTHING = new ResultChange(Map.of(), Map.of(), false);

  /** A region's plans that a firm has put forward and not yet ended or financed. */
  private static final Set<PlanStatus> REGION_PLANS =
      EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.MATCHED, PlanStatus.SHARED);

  @Inject CatalogueSnapshots catalogues;
  @Inject PlanService plans;
  @Inject FirmService firms;
  @Inject PlanMatches matches;
  @Inject Plans storedPlans;
  @Inject Firms storedFirms;
  @Inject Clock clock;

  private final RecentResults recentResults = new RecentResults();

  /** A match for figures typed in without an account; nothing is stored. */
  public Matched preview(FirmProfile firm, PlanProfile plan, MatchOptions options) {
    EngineCatalogue catalogue = catalogues.current();
    return new Matched(
        null, OffsetDateTime.now(clock), catalogue, catalogue.engine().match(firm, plan, options));
  }

  /** Whether the current catalogue lists an instrument with this id. */
  public boolean knowsInstrument(String id) {
    return catalogues.current().instrumentVersions().containsKey(id);
  }

  /**
   * Matches a stored plan and keeps the result with the versions it used. A result equal to the
   * plan's newest kept one (nothing changed since, on the same day) is not stored again: the kept
   * match is returned, so reopening a plan does not grow its history with copies.
   */
  @Transactional
  public Matched matchPlan(Actor actor, UUID planId, MatchOptions options) {
    InvestmentPlan plan = plans.plan(actor, planId);
    Firm firm = firms.firm(actor, plan.firmId());
    EngineCatalogue catalogue = catalogues.current();
    LocalDate today = LocalDate.now(clock);
    RecentResults.Known known =
        recentResults.of(plan.id(), catalogue, today, firm.profile(today), plan.profile(), options);
    MatchResult result = known.result();
    String digest = known.digest();
    plans.matched(actor, plan);
    Optional<PlanMatches.Kept> same =
        matches.newest(plan.id()).filter(kept -> digest.equals(kept.digest()));
    if (same.isPresent()) {
      return new Matched(same.get().id(), same.get().computedAt(), catalogue, result);
    }
    // as the database keeps it, so the first answer and a later read of the match agree
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    PlanMatch stored =
        new PlanMatch(
            plan.id(),
            now,
            actor.subject(),
            catalogue.catalogue().version(),
            json(catalogue.instrumentVersions()),
            json(result),
            StoredExplanation.of(result),
            digest);
    matches.add(stored);
    return new Matched(stored.id(), now, catalogue, result);
  }

  /**
   * Matches an open plan (submitted, matched or shared) again against the catalogue as it is now,
   * for the re-match after a catalogue change, and keeps the result when the plan has none yet or
   * when what fits it or its stack changed against the newest kept one. Needs no actor: it acts for
   * MaakMatch itself, and changes no plan's state. Runs in the caller's transaction and declares
   * none itself, so that a plan the engine cannot match fails alone and the caller can go on with
   * the others.
   *
   * @return what changed against the newest kept match (nothing for a plan never matched before),
   *     or empty when the plan is gone or no longer open
   */
  public Optional<Rematched> rematch(UUID planId) {
    Optional<InvestmentPlan> open =
        storedPlans.find(planId).filter(plan -> REGION_PLANS.contains(plan.status()));
    if (open.isEmpty()) {
      return Optional.empty();
    }
    InvestmentPlan plan = open.get();
    Firm firm = storedFirms.find(plan.firmId()).orElseThrow();
    EngineCatalogue catalogue = catalogues.current();
    MatchResult result =
        catalogue
            .engine()
            .match(firm.profile(LocalDate.now(clock)), plan.profile(), MatchOptions.defaults());
    String versions = json(catalogue.instrumentVersions());
    String resultJson = json(result);
    String digest = PlanMatch.digestOf(catalogue.catalogue().version(), versions, resultJson);
    Optional<PlanMatches.Kept> newest = matches.newest(plan.id());
    if (newest.isPresent() && digest.equals(newest.get().digest())) {
      return Optional.of(new Rematched(plan, NOTHING));
    }
    Optional<PlanMatch> kept = matches.ofPlan(plan.id(), 1).stream().findFirst();
    ResultChange change =
        kept.map(before -> ResultChange.between(before.result(), resultJson)).orElse(NOTHING);
    // the kept match still says what fits and what the stack is: nothing new to keep
    if (kept.isPresent() && !change.any()) {
      return Optional.of(new Rematched(plan, NOTHING));
    }
    matches.add(
        new PlanMatch(
            plan.id(),
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS),
            SYSTEM,
            catalogue.catalogue().version(),
            versions,
            resultJson,
            StoredExplanation.of(result),
            digest));
    return Optional.of(new Rematched(plan, change));
  }

  /** A plan matched again and what changed for its firm. */
  public record Rematched(InvestmentPlan plan, ResultChange change) {}

  /**
   * The industry note's proposals as if enacted, over the open plans (submitted, matched or shared)
   * of a province's firms, each matched against the current catalogue with the proposals. Nothing
   * is stored: the figures are a scenario.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RegionWhatIf whatIfIn(Actor actor, Province region) {
    RegionAccess.toSeeTheWhatIf(actor, region).require();
    EngineCatalogue catalogue = catalogues.current();
    LocalDate today = LocalDate.now(clock);
    MatchOptions withProposals = new MatchOptions(true, Objective.LOWEST_COST);
    List<RegionWhatIf.PlanOutcome> outcomes =
        storedPlans.ofFirmsIn(region, REGION_PLANS).stream()
            .map(
                p ->
                    catalogue
                        .engine()
                        .match(p.firm().profile(today), p.plan().profile(), withProposals))
            .map(RegionWhatIf.PlanOutcome::of)
            .toList();
    return RegionWhatIf.of(region, outcomes);
  }

  /** At most this many stored matches are read at once: a plan matched daily gathers thousands. */
  public static final int MAX_STORED_MATCHES = 100;

  /** The plan's newest {@code limit} stored matches, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PlanMatch> matchesOf(Actor actor, UUID planId, int limit) {
    plans.plan(actor, planId);
    return matches.ofPlan(planId, limit);
  }

  /** A value as the stored matches keep it. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a match result", e);
    }
  }

  /**
   * A computed match.
   *
   * @param matchId the stored match's id; null for a preview
   */
  public record Matched(
      UUID matchId, OffsetDateTime computedAt, EngineCatalogue catalogue, MatchResult result) {}
}
