package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.deal.IntroductionEntry.Said;
import nl.maakmatch.domain.event.DealEvent;
import nl.maakmatch.domain.event.DealEvent.AnswerOverdue;
import nl.maakmatch.domain.event.DealEvent.InformationRequested;
import nl.maakmatch.domain.event.DealEvent.InterestShown;
import nl.maakmatch.domain.event.DealEvent.IntroductionDeclined;
import nl.maakmatch.domain.event.DealEvent.IntroductionFunded;
import nl.maakmatch.domain.event.DealEvent.IntroductionRequested;
import nl.maakmatch.domain.event.DealEvent.IntroductionSeen;
import nl.maakmatch.domain.event.DealEvent.IntroductionWithdrawn;
import nl.maakmatch.domain.event.DealEvent.MessagePosted;
import nl.maakmatch.domain.event.DealEvent.OfferAccepted;
import nl.maakmatch.domain.event.DealEvent.OfferExpired;
import nl.maakmatch.domain.event.DealEvent.OfferMade;
import nl.maakmatch.domain.event.DealEvent.OfferRejected;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.FirmRead;
import nl.maakmatch.domain.event.PlanEvent.PlanRead;
import nl.maakmatch.domain.event.PlanEvent.PlanWithdrawn;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.firm.Firms;
import nl.maakmatch.domain.instrument.Instruments;
import nl.maakmatch.domain.match.PlanMatch;
import nl.maakmatch.domain.match.PlanMatches;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.OrganisationRegister;
import nl.maakmatch.domain.organisation.WorkingDays;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.PlanAccess;
import nl.maakmatch.domain.plan.PlanService;
import nl.maakmatch.domain.plan.PlanStatus;
import nl.maakmatch.domain.plan.Plans;
import nl.maakmatch.domain.webhook.PublishedEvents;

/**
 * Introductions from request to money: the firm (or its adviser) introduces, the financier answers,
 * both talk, the firm decides on an offer, the financier reports it funded. Who may do what is
 * {@link IntroductionAccess}'s answer; each step loads (locked), requires access, acts, stores,
 * adds the step to the timeline and tells the parties.
 */
@ApplicationScoped
@Transactional
public class DealService {

  /** The actor of MaakMatch's own steps: expiries and overdue notices. */
  static final Actor SYSTEM = new Actor("maakmatch", Set.of(), Optional.empty(), Optional.empty());

  @Inject Introductions introductions;
  @Inject Plans plans;
  @Inject PlanService planService;
  @Inject Firms firms;
  @Inject FirmRelations relations;
  @Inject OrganisationRegister organisations;
  @Inject Instruments instruments;
  @Inject PlanMatches matches;
  @Inject EventRecorder events;
  @Inject DealParties parties;
  @Inject PublishedEvents published;
  @Inject Clock clock;

  /** What the firm asks: the organisation, the instruments it has in mind, what it shows. */
  public record Asked(
      String organisation, List<String> instrumentIds, Set<SharedPart> shared, String message) {}

  /**
   * Introduces a submitted plan to one financier organisation; one open introduction per plan and
   * organisation.
   */
  public Introduction introduce(Actor actor, UUID firmId, UUID planId, Asked asked) {
    InvestmentPlan plan =
        plans
            .find(planId)
            .filter(p -> p.firmId().equals(firmId))
            .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    Ground ground =
        IntroductionAccess.toIntroduce(actor, relations.between(actor, firmId))
            .require(RecordKind.PLAN, planId);
    return open(actor, plan, asked, ground, Optional.empty());
  }

  private Introduction open(
      Actor actor, InvestmentPlan plan, Asked asked, Ground ground, Optional<UUID> reroutedFrom) {
    if (plan.status() == PlanStatus.DRAFT || !plan.status().isOpen()) {
      throw new StateConflict(TEXT.get("introduction.planNotSubmitted", plan.status()));
    }
    Organisation organisation =
        organisations
            .activeFinancier(asked.organisation())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        "unknown-financier",
                        TEXT.get("plan.unknownFinancier", asked.organisation())));
    for (String instrument : asked.instrumentIds()) {
      if (instruments.find(instrument).isEmpty()) {
        throw new BusinessRuleViolation(
            "unknown-instrument", TEXT.get("introduction.unknownInstrument", instrument));
      }
    }
    if (introductions.openFor(plan.id(), organisation.code()).isPresent()) {
      throw new StateConflict(TEXT.get("introduction.alreadyOpen", organisation.name()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Introduction introduction =
        Introduction.request(
            new Introduction.Request(
                plan.id(),
                plan.firmId(),
                organisation.code(),
                asked.instrumentIds(),
                asked.shared(),
                asked.message()),
            actor.subject(),
            WorkingDays.dueAt(now, organisation.responseDays()).toOffsetDateTime(),
            reroutedFrom,
            clock);
    introductions.add(introduction);
    planService.introduced(actor, plan, organisation.code());
    step(
        actor,
        partyOf(ground),
        introduction,
        new IntroductionRequested(
            introduction.id(), introduction.firmId(), introduction.organisation()),
        Said.text(asked.message()));
    return introduction;
  }

  /**
   * The introductions the caller is a party to: a firm user's firms', an adviser's caseload's, a
   * financier's organisation's inbox (unanswered past their due time first).
   */
  public List<Listed> list(Actor actor) {
    IntroductionAccess.toList(actor).require();
    expirePastOffers();
    Map<UUID, Listed> seen = new LinkedHashMap<>();
    if (actor.has(Role.FINANCIER) && actor.organisation().isPresent()) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      introductions.inboxOf(actor.organisation().get()).stream()
          .sorted(Comparator.comparing((Introduction i) -> !i.isOverdue(now)))
          .forEach(
              i ->
                  seen.put(
                      i.id(),
                      new Listed(
                          i,
                          Party.FINANCIER,
                          i.shares(SharedPart.PLAN) ? titleOf(i) : Optional.empty())));
    }
    Set<UUID> ownFirms =
        actor.has(Role.FIRM)
            ? firms.ofMember(actor.subject()).stream().map(Firm::id).collect(Collectors.toSet())
            : Set.of();
    List<UUID> firmIds = new ArrayList<>();
    if (actor.has(Role.FIRM)) {
      firms.ofMember(actor.subject()).stream().map(Firm::id).forEach(firmIds::add);
    }
    if (actor.has(Role.ADVISER)) {
      firms.guidedIn(actor.romRegion().orElse(null), actor.subject()).stream()
          .map(Firm::id)
          .forEach(firmIds::add);
    }
    introductions
        .ofFirms(firmIds)
        .forEach(
            i ->
                seen.putIfAbsent(
                    i.id(),
                    new Listed(
                        i,
                        ownFirms.contains(i.firmId()) ? Party.FIRM : Party.ADVISER,
                        titleOf(i))));
    return List.copyOf(seen.values());
  }

  private Optional<String> titleOf(Introduction introduction) {
    return plans.find(introduction.planId()).map(InvestmentPlan::title);
  }

  /**
   * One introduction with what the caller may see of it; a financier's first look marks it SEEN.
   */
  public Seen introduction(Actor actor, UUID id) {
    Loaded loaded = load(actor, id, false, IntroductionAccess::toSee);
    Introduction introduction = loaded.introduction();
    if (loaded.party() == Party.FINANCIER) {
      events.record(actor, new PlanRead(introduction.planId(), introduction.firmId()));
      if (introduction.seen(clock)) {
        step(
            actor,
            Party.FINANCIER,
            introduction,
            new IntroductionSeen(
                introduction.id(), introduction.firmId(), introduction.organisation()),
            Said.NOTHING);
      }
    } else if (loaded.party() == Party.ADVISER) {
      events.record(actor, new FirmRead(introduction.firmId()));
    }
    boolean firmSide = loaded.party() != Party.FINANCIER;
    Optional<InvestmentPlan> plan =
        firmSide || introduction.shares(SharedPart.PLAN)
            ? plans.find(introduction.planId())
            : Optional.empty();
    Optional<Firm> firm =
        firmSide || introduction.shares(SharedPart.FIGURES)
            ? firms.find(introduction.firmId())
            : Optional.empty();
    Optional<PlanMatch> match = plan.flatMap(p -> matches.ofPlan(p.id(), 1).stream().findFirst());
    return new Seen(introduction, loaded.party(), introductions.timeline(id), plan, firm, match);
  }

  /**
   * An introduction as the caller may see it: the side they take part on, its timeline, and the
   * plan, the firm's figures and the latest match when shared with them (always for the firm's
   * side).
   */
  public record Seen(
      Introduction introduction,
      Party party,
      List<IntroductionEntry> timeline,
      Optional<InvestmentPlan> plan,
      Optional<Firm> firm,
      Optional<PlanMatch> match) {}

  /** One line of a list: the introduction, the caller's side and the plan's title if shown. */
  public record Listed(Introduction introduction, Party party, Optional<String> planTitle) {}

  /** The financier's answer. */
  public Introduction answer(
      Actor actor,
      UUID id,
      AnswerKind kind,
      Optional<DeclineReason> reason,
      Optional<String> text,
      Optional<Offer> offer) {
    Loaded loaded = load(actor, id, true, IntroductionAccess::toAnswer);
    Introduction introduction = loaded.introduction();
    introduction.answer(kind, reason, offer, clock);
    DealEvent event =
        switch (kind) {
          case INTERESTED ->
              new InterestShown(id, introduction.firmId(), introduction.organisation());
          case NEEDS_INFO ->
              new InformationRequested(id, introduction.firmId(), introduction.organisation());
          case DECLINED ->
              new IntroductionDeclined(id, introduction.firmId(), introduction.organisation());
          case OFFER -> new OfferMade(id, introduction.firmId(), introduction.organisation());
        };
    step(
        actor,
        Party.FINANCIER,
        introduction,
        event,
        new Said(Optional.of(kind), reason, text, offer));
    return introduction;
  }

  /** A question or answer in the thread, from any party to the introduction. */
  public IntroductionEntry post(Actor actor, UUID id, String text) {
    Loaded loaded = load(actor, id, true, IntroductionAccess::toPostMessages);
    Introduction introduction = loaded.introduction();
    if (introduction.state() == IntroductionState.WITHDRAWN) {
      throw new StateConflict(TEXT.get("introduction.ended", introduction.state()));
    }
    return step(
        actor,
        loaded.party(),
        introduction,
        new MessagePosted(id, introduction.firmId(), introduction.organisation()),
        Said.text(text));
  }

  /** The firm accepts or rejects the offer on the table. */
  public Introduction decide(Actor actor, UUID id, boolean accept) {
    Loaded loaded = load(actor, id, true, IntroductionAccess::toDecide);
    Introduction introduction = loaded.introduction();
    if (introduction.state() == IntroductionState.EXPIRED) {
      throw new StateConflict(
          TEXT.get("introduction.offerExpired", introduction.offer().orElseThrow().validUntil()));
    }
    introduction.decide(accept, clock);
    DealEvent event =
        accept
            ? new OfferAccepted(id, introduction.firmId(), introduction.organisation())
            : new OfferRejected(id, introduction.firmId(), introduction.organisation());
    step(actor, Party.FIRM, introduction, event, Said.NOTHING);
    return introduction;
  }

  /** The firm withdraws: the organisation no longer sees the introduction or the plan. */
  public Introduction withdraw(Actor actor, UUID id) {
    Loaded loaded = load(actor, id, true, IntroductionAccess::toWithdraw);
    Introduction introduction = loaded.introduction();
    introduction.withdraw(clock);
    step(
        actor,
        loaded.party(),
        introduction,
        new IntroductionWithdrawn(id, introduction.firmId(), introduction.organisation()),
        Said.NOTHING);
    return introduction;
  }

  /** The financier paid out: the introduction is FUNDED and so is the plan. */
  public Introduction funded(Actor actor, UUID id, Optional<Long> amountEur) {
    Loaded loaded = load(actor, id, true, IntroductionAccess::toAnswer);
    Introduction introduction = loaded.introduction();
    long paid = amountEur.orElseGet(() -> introduction.offer().map(Offer::amountEur).orElse(0L));
    introduction.funded(paid, clock);
    step(
        actor,
        Party.FINANCIER,
        introduction,
        new IntroductionFunded(id, introduction.firmId(), introduction.organisation()),
        Said.NOTHING);
    planService.fundedThrough(actor, introduction.planId(), introduction.organisation());
    return introduction;
  }

  /**
   * Re-routing: an introduction that was declined or is overdue is followed, in one step, by one to
   * another organisation with the same parts shared and instruments in mind.
   */
  public Introduction reroute(Actor actor, UUID id, String organisation, String message) {
    Loaded loaded = load(actor, id, false, IntroductionAccess::toWithdraw);
    Introduction from = loaded.introduction();
    if (from.state() != IntroductionState.DECLINED && !from.isOverdue(OffsetDateTime.now(clock))) {
      throw new StateConflict(TEXT.get("introduction.rerouteNotNeeded", from.state()));
    }
    if (from.organisation().equals(organisation)) {
      throw new BusinessRuleViolation(
          "same-organisation", TEXT.get("introduction.rerouteSameOrganisation"));
    }
    InvestmentPlan plan = plans.find(from.planId()).orElseThrow();
    Ground ground = loaded.party() == Party.FIRM ? Ground.MEMBER : Ground.GUIDANCE;
    return open(
        actor,
        plan,
        new Asked(organisation, from.instrumentIds(), from.shared(), message),
        ground,
        Optional.of(from.id()));
  }

  /** A plan's introductions, ended ones too, for the firm's users and guiding advisers. */
  public List<Listed> ofPlan(Actor actor, UUID firmId, UUID planId) {
    InvestmentPlan plan =
        plans
            .find(planId)
            .filter(p -> p.firmId().equals(firmId))
            .orElseThrow(() -> new RecordNotFound(RecordKind.PLAN, planId));
    FirmAccess.Facts facts = relations.between(actor, firmId);
    Ground ground = FirmAccess.of(actor, facts).toRead().require(RecordKind.PLAN, planId);
    if (ground == Ground.GUIDANCE) {
      events.record(actor, new FirmRead(firmId));
    }
    Party party = partyOf(ground);
    return introductions.ofPlan(planId).stream()
        .map(i -> new Listed(i, party, Optional.of(plan.title())))
        .toList();
  }

  /**
   * The firm withdraws its open introduction of the plan to the organisation (the consent of the
   * earlier sharing endpoints).
   */
  public Introduction withdrawFrom(Actor actor, UUID firmId, UUID planId, String organisation) {
    Introduction open =
        introductions
            .openFor(planId, organisation)
            .filter(i -> i.firmId().equals(firmId))
            .orElseThrow(() -> new RecordNotFound(RecordKind.SHARE, organisation));
    return withdraw(actor, open.id());
  }

  /** On whose side the actor takes part in the introduction. */
  public Party partyOf(Actor actor, Introduction introduction) {
    return IntroductionAccess.of(
            actor,
            new IntroductionAccess.Facts(
                relations.between(actor, introduction.firmId()),
                introduction.organisation(),
                introduction.state()))
        .party();
  }

  /** The plans shown to the financier's organisation: the deals page. */
  public List<InvestmentPlan> showingPlans(Actor financier) {
    PlanAccess.toSeeDeals(financier).require();
    Map<UUID, InvestmentPlan> shown = new LinkedHashMap<>();
    for (Introduction i : introductions.inboxOf(financier.organisation().orElseThrow())) {
      if (i.shares(SharedPart.PLAN) && !shown.containsKey(i.planId())) {
        plans
            .find(i.planId())
            .filter(p -> PlanAccess.financiersSee(p.status()))
            .ifPresent(p -> shown.put(p.id(), p));
      }
    }
    return List.copyOf(shown.values());
  }

  /** Offers past their date expire; unanswered introductions past their due time are told once. */
  public void sweep() {
    expirePastOffers();
    for (Introduction introduction : introductions.newlyOverdue(OffsetDateTime.now(clock))) {
      if (introduction.noticeOverdue(clock)) {
        step(
            SYSTEM,
            Party.SYSTEM,
            introduction,
            new AnswerOverdue(
                introduction.id(), introduction.firmId(), introduction.organisation()),
            Said.NOTHING);
      }
    }
  }

  private void expirePastOffers() {
    for (Introduction introduction : introductions.offersPast(LocalDate.now(clock))) {
      if (introduction.expireIfPast(clock)) {
        step(
            SYSTEM,
            Party.SYSTEM,
            introduction,
            new OfferExpired(introduction.id(), introduction.firmId(), introduction.organisation()),
            Said.NOTHING);
      }
    }
  }

  /** A withdrawn plan is shown to nobody: its open introductions are withdrawn with it. */
  void planWithdrawn(@Observes PlanWithdrawn withdrawn) {
    for (Introduction introduction : introductions.ofPlan(withdrawn.plan())) {
      if (!introduction.state().isClosed()) {
        introduction.withdraw(clock);
        step(
            SYSTEM,
            Party.FIRM,
            introduction,
            new IntroductionWithdrawn(
                introduction.id(), introduction.firmId(), introduction.organisation()),
            Said.NOTHING);
      }
    }
  }

  private IntroductionEntry step(
      Actor actor, Party party, Introduction introduction, DealEvent event, Said said) {
    introductions.flush();
    // the organisation's log is read by id: entries must commit in the order of their ids
    published.keepInOrder(introduction.organisation());
    IntroductionEntry entry =
        IntroductionEntry.of(
            introduction, event, actor.subject(), party, said, OffsetDateTime.now(clock));
    introductions.add(entry);
    events.record(actor, event);
    parties.tell(introduction, event, actor.subject(), party);
    return entry;
  }

  private record Loaded(Introduction introduction, Party party) {}

  /** The introduction (locked for a step), once the policy's answer to {@code question} allows. */
  private Loaded load(
      Actor actor, UUID id, boolean forUpdate, Function<IntroductionAccess, Access> question) {
    Introduction introduction =
        (forUpdate ? introductions.findForUpdate(id) : introductions.find(id))
            .orElseThrow(() -> new RecordNotFound(RecordKind.INTRODUCTION, id));
    if (introduction.expireIfPast(clock)) {
      step(
          SYSTEM,
          Party.SYSTEM,
          introduction,
          new OfferExpired(introduction.id(), introduction.firmId(), introduction.organisation()),
          Said.NOTHING);
    }
    IntroductionAccess access =
        IntroductionAccess.of(
            actor,
            new IntroductionAccess.Facts(
                relations.between(actor, introduction.firmId()),
                introduction.organisation(),
                introduction.state()));
    question.apply(access).require(RecordKind.INTRODUCTION, id);
    return new Loaded(introduction, access.party());
  }

  private static Party partyOf(Ground ground) {
    return ground == Ground.MEMBER ? Party.FIRM : Party.ADVISER;
  }
}
