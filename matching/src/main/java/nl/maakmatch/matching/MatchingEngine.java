package nl.maakmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.catalogue.AwardBasis;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.InstrumentStatus;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.eligibility.Criterion;
import nl.maakmatch.matching.eligibility.DeMinimis;
import nl.maakmatch.matching.eligibility.Eligibility;
import nl.maakmatch.matching.eligibility.EligibilityCheck;
import nl.maakmatch.matching.eligibility.Eligible;
import nl.maakmatch.matching.eligibility.Ineligible;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.eligibility.OpenQuestion;
import nl.maakmatch.matching.eligibility.Uncertain;
import nl.maakmatch.matching.eligibility.Variants;
import nl.maakmatch.matching.eligibility.Verdict;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.firm.SmeClassifier;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.referral.Referrals;
import nl.maakmatch.matching.scoring.Certainty;
import nl.maakmatch.matching.scoring.CertaintyAssessment;
import nl.maakmatch.matching.scoring.CertaintyAssessor;
import nl.maakmatch.matching.scoring.InstrumentScorer;
import nl.maakmatch.matching.scoring.ScoreBreakdown;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackComposer;
import nl.maakmatch.matching.stack.StackPart;
import nl.maakmatch.matching.stack.StackProblem;
import nl.maakmatch.matching.strategic.StrategicFlags;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;

/**
 * Matches a firm's plan against the financing catalogue: classifies the firm (EU SME definition),
 * checks every instrument's rules, scores the eligible ones, flags doubts and duties, and composes
 * a financing stack from the eligible open instruments. The base stack counts only on money the
 * firm can expect once the rules are met (entitlements, credit, budget rounds); an instrument
 * awarded by competition is shown as {@link Upside} beside it. An uncertain instrument (an
 * estimated limit not met, or a condition the plan does not state) is listed with what to check,
 * but never put in the stack.
 *
 * <p>Stateless apart from the catalogue and clock it is built with, so one engine may serve many
 * threads. "Today" comes from the clock: deadlines, application windows and the incentive effect
 * depend on it, and tests fix it.
 */
public final class MatchingEngine {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.messages");

  private final Catalogue catalogue;
  private final Clock clock;
  private final SmeClassifier smeClassifier = new SmeClassifier();
  private final EligibilityCheck eligibility = EligibilityCheck.standard();
  private final InstrumentScorer scorer = new InstrumentScorer();
  private final CertaintyAssessor certainty;
  private final StrategicFlags strategicFlags = new StrategicFlags();
  private final StackProblemAssembler stackProblems;
  private final StackComposer stackComposer = new StackComposer();
  private final Referrals referrals = new Referrals();

  public MatchingEngine(Catalogue catalogue, Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stackProblems = new StackProblemAssembler(catalogue);
    this.certainty = new CertaintyAssessor(catalogue);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public MatchResult match(FirmProfile firm, PlanProfile plan, MatchOptions options) {
    Objects.requireNonNull(firm, "firm");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    LocalDate today = LocalDate.now(clock);
    SizeClassification size = smeClassifier.classify(firm);
    MatchContext context = new MatchContext(firm, plan, size, today, catalogue);

    List<InstrumentMatch> eligible = new ArrayList<>();
    List<InstrumentMatch> uncertain = new ArrayList<>();
    List<InstrumentMatch> ineligible = new ArrayList<>();
    List<Instrument> forStack = new ArrayList<>();
    List<InstrumentMatch> competitive = new ArrayList<>();
    List<Instrument> proposals = new ArrayList<>();
    // counted uncertain instruments whose open point is the estimated minimum the firm checked
    Set<String> minimumChecked = new HashSet<>();
    for (Instrument listed : catalogue.instruments()) {
      if (listed.status() == InstrumentStatus.PROPOSED && options.includeProposed()) {
        proposals.add(listed);
      }
      if (listed.status() == InstrumentStatus.PROPOSED && !options.includeProposed()) {
        continue;
      }
      // a starter gets the starter variant's terms (BMKB, VFF), here and in the stack
      Instrument instrument = Variants.offeredTo(listed, context);
      Eligibility outcome = eligibility.assess(instrument, context);
      CertaintyAssessment sureness = certainty.assess(instrument, context);
      if (outcome instanceof Eligible fits) {
        InstrumentMatch match = eligibleMatch(instrument, fits, sureness, context);
        eligible.add(match);
        if (instrument.terms().stackRules().inStack() && !priceUnknown(instrument)) {
          if (isCompetitive(instrument)) {
            competitive.add(match);
          } else {
            forStack.add(instrument);
          }
        }
      } else if (outcome instanceof Uncertain open) {
        // the base stack never counts on an open point, unless the firm has checked it and says so
        boolean counted =
            options.countedUncertain().contains(instrument.id())
                && instrument.terms().stackRules().inStack()
                && !priceUnknown(instrument)
                && !isCompetitive(instrument);
        uncertain.add(uncertainMatch(instrument, open, sureness, context, counted));
        if (counted) {
          forStack.add(instrument);
          if (open.toCheck().stream().anyMatch(q -> q.criterion() == Criterion.AMOUNT_MIN)) {
            minimumChecked.add(instrument.id());
          }
        }
      } else {
        ineligible.add(ineligibleMatch(instrument, (Ineligible) outcome, sureness));
      }
    }
    Comparator<InstrumentMatch> byScore =
        Comparator.comparing(InstrumentMatch::score, Comparator.reverseOrder())
            .thenComparing(InstrumentMatch::id);
    eligible.sort(byScore);
    uncertain.sort(byScore);
    List<InstrumentMatch> all = new ArrayList<>(eligible);
    all.addAll(uncertain);
    all.addAll(ineligible);

    StackProblem problem =
        stackProblems.assemble(forStack, context, options.objective(), minimumChecked);
    Stack stack = stackComposer.compose(problem);
    List<Flag> planFlags = new ArrayList<>(strategicFlags.forPlan(plan));
    if (!plan.statesCostLines()) {
      planFlags.add(new Flag(FlagKind.COSTS_SPREAD_EVENLY, TEXT.get("costsSpreadEvenly")));
    }
    List<Upside> upside = new ArrayList<>();
    for (InstrumentMatch match : competitive) {
      upside.add(upside(match, forStack, stack, context, options, minimumChecked));
    }
    List<WhatIf> whatIf = new ArrayList<>();
    for (Instrument proposal : proposals) {
      whatIfEnacted(proposal, forStack, stack, context, options, minimumChecked)
          .ifPresent(whatIf::add);
    }
    return new MatchResult(
        size,
        catalogue.version(),
        today,
        all,
        planFlags,
        problem,
        stack,
        upside,
        whatIf,
        referrals.forPlan(firm, plan));
  }

  /**
   * A guarantee whose fee no source gives is kept out of the stack: chosen for an estimated price
   * it would beat the schemes whose price is published (issue #11: EIF at zero beat BMKB and GO).
   */
  private static boolean priceUnknown(Instrument instrument) {
    return instrument.terms().part() == PartKind.GUARANTEE
        && instrument.terms().pricing().priceIsEstimate();
  }

  /** A competition is won by few of those who fit it: the base stack never counts on one. */
  private static boolean isCompetitive(Instrument instrument) {
    return instrument.terms().stackRules().award() == AwardBasis.COMPETITIVE;
  }

  /**
   * What a competitive instrument would change: the stack composed again with it under the same
   * rules, compared with the base stack.
   */
  private Upside upside(
      InstrumentMatch match,
      List<Instrument> base,
      Stack baseStack,
      MatchContext context,
      MatchOptions options,
      Set<String> minimumChecked) {
    Instrument instrument = catalogue.instrument(match.id()).orElseThrow();
    List<Instrument> withIt = new ArrayList<>(base);
    withIt.add(instrument);
    Stack ifAwarded =
        stackComposer.compose(
            stackProblems.assemble(withIt, context, options.objective(), minimumChecked));
    long adds =
        ifAwarded.parts().stream()
            .filter(part -> part.instrumentId().equals(instrument.id()))
            .mapToLong(StackPart::coversEur)
            .sum();
    long bankSmaller = Math.max(0, bankLoan(baseStack) - bankLoan(ifAwarded));
    long lessUncovered = Math.max(0, baseStack.uncoveredEur() - ifAwarded.uncoveredEur());
    String name = instrument.shortName();
    Message effect;
    if (adds == 0) {
      effect = TEXT.get("upside.effect.none", name);
    } else if (lessUncovered > 0) {
      effect = TEXT.get("upside.effect.uncovered", Money.of(lessUncovered));
    } else if (bankSmaller > 0) {
      effect = TEXT.get("upside.effect.bank", Money.of(bankSmaller));
    } else {
      effect = TEXT.get("upside.effect.other", Money.of(adds));
    }
    return new Upside(
        instrument.id(),
        name,
        adds,
        bankSmaller,
        match.reasons(),
        TEXT.get("upside.likelihood.competitive", name),
        effect);
  }

  /**
   * A proposal of the industry note read as if enacted on its published outline: its terms taken as
   * available and in the stack, checked against the plan and composed beside the real stack. Empty
   * when the plan would not fit it even then. The catalogue keeps it a proposal, and the real stack
   * is never composed with it.
   */
  private Optional<WhatIf> whatIfEnacted(
      Instrument proposal,
      List<Instrument> base,
      Stack baseStack,
      MatchContext context,
      MatchOptions options,
      Set<String> minimumChecked) {
    Instrument enacted = Variants.offeredTo(asIfEnacted(proposal), context);
    if (!(eligibility.assess(enacted, context) instanceof Eligible)) {
      return Optional.empty();
    }
    List<Instrument> withIt = new ArrayList<>(base);
    withIt.add(enacted);
    Stack ifEnacted =
        stackComposer.compose(
            stackProblems.assemble(withIt, context, options.objective(), minimumChecked));
    long adds =
        ifEnacted.parts().stream()
            .filter(part -> part.instrumentId().equals(enacted.id()))
            .mapToLong(StackPart::coversEur)
            .sum();
    long bankSmaller = Math.max(0, bankLoan(baseStack) - bankLoan(ifEnacted));
    long closes = Math.max(0, baseStack.uncoveredEur() - ifEnacted.uncoveredEur());
    String name = proposal.shortName();
    Message statement;
    if (adds == 0) {
      statement = TEXT.get("whatIf.none", name);
    } else if (closes > 0) {
      statement = TEXT.get("whatIf.uncovered", name, Money.of(closes));
    } else if (bankSmaller > 0) {
      statement = TEXT.get("whatIf.bank", name, Money.of(bankSmaller));
    } else if (enacted.terms().part() == PartKind.TAX_BENEFIT) {
      // a tax benefit covers an investment base but brings no money now: it replaces nothing
      statement = TEXT.get("whatIf.taxBenefit", name, Money.of(adds));
    } else {
      statement = TEXT.get("whatIf.other", name, Money.of(adds));
    }
    return Optional.of(
        new WhatIf(proposal.id(), proposal.name(), name, adds, closes, bankSmaller, statement));
  }

  /** The proposal's own outline with its status set aside, for the what-if only. */
  private static Instrument asIfEnacted(Instrument proposal) {
    MatchingTerms terms = proposal.terms();
    MatchingTerms.Availability available =
        new MatchingTerms.Availability(
            InstrumentStatus.AVAILABLE, "", "", false, terms.availability().checkWith());
    MatchingTerms.StackRules rules = terms.stackRules();
    MatchingTerms.StackRules inStack =
        new MatchingTerms.StackRules(
            true,
            "",
            "",
            rules.excludes(),
            rules.bankFirstAboveEur(),
            rules.award(),
            rules.lentByTheBank());
    return proposal.withTerms(
        new MatchingTerms(
            terms.shortName(),
            available,
            terms.part(),
            terms.scope(),
            terms.amounts(),
            terms.stage(),
            terms.timing(),
            terms.pricing(),
            inStack,
            terms.estimates(),
            terms.note(),
            terms.origin()));
  }

  private static long bankLoan(Stack stack) {
    return stack.parts().stream()
        .filter(part -> part.kind() == PartKind.BANK_LOAN)
        .mapToLong(StackPart::fundsEur)
        .sum();
  }

  private InstrumentMatch eligibleMatch(
      Instrument instrument, Eligible fits, CertaintyAssessment sureness, MatchContext context) {
    return possibleMatch(
        instrument, Verdict.ELIGIBLE, fits.reasons(), List.of(), sureness, context);
  }

  /**
   * Scored and flagged as an eligible one, but with certainty LOW and what to check; a flag says
   * whether the stack counts on it (the firm's choice) or leaves it out.
   */
  private InstrumentMatch uncertainMatch(
      Instrument instrument,
      Uncertain open,
      CertaintyAssessment sureness,
      MatchContext context,
      boolean counted) {
    List<Flag> flags = new ArrayList<>(sureness.flags());
    if (instrument.terms().stackRules().inStack()
        && !priceUnknown(instrument)
        && !isCompetitive(instrument)) {
      flags.add(
          counted
              ? new Flag(
                  FlagKind.COUNTED_BY_CHOICE, TEXT.get("countedByChoice", instrument.shortName()))
              : new Flag(
                  FlagKind.COUNTABLE_AFTER_CHECK,
                  TEXT.get(
                      "notInStack", instrument.shortName(), TEXT.get("notInStack.uncertain"))));
    }
    return possibleMatch(
        instrument,
        Verdict.UNCERTAIN,
        open.reasons(),
        open.toCheck(),
        new CertaintyAssessment(Certainty.LOW, flags),
        context);
  }

  private InstrumentMatch possibleMatch(
      Instrument instrument,
      Verdict verdict,
      List<Message> reasons,
      List<OpenQuestion> toCheck,
      CertaintyAssessment sureness,
      MatchContext context) {
    ScoreBreakdown score = scorer.score(instrument, context);
    List<Flag> flags = new ArrayList<>(sureness.flags());
    flags.addAll(strategicFlags.forInstrument(instrument, context.plan()));
    if (instrument.terms().pricing().aidBasis() == AidBasis.DE_MINIMIS) {
      flags.add(
          new Flag(
              FlagKind.DE_MINIMIS,
              TEXT.get(
                  "deMinimis",
                  instrument.shortName(),
                  Money.of(DeMinimis.CEILING_EUR),
                  Money.of(context.deMinimisHeadroomEur()))));
    }
    if (instrument.terms().stackRules().inStack() && priceUnknown(instrument)) {
      flags.add(
          new Flag(
              FlagKind.NOT_IN_STACK,
              TEXT.get("notInStack", instrument.shortName(), TEXT.get("notInStack.priceUnknown"))));
    } else if (instrument.terms().stackRules().inStack() && isCompetitive(instrument)) {
      flags.add(
          new Flag(
              FlagKind.NOT_IN_STACK,
              TEXT.get("notInStack", instrument.shortName(), TEXT.get("notInStack.competitive"))));
    }
    if (!instrument.terms().stackRules().inStack()) {
      String name = instrument.shortName();
      Message note =
          instrument
              .terms()
              .stackRules()
              .notInStackExplanation()
              .map(reason -> TEXT.get("notInStack", name, reason))
              .orElseGet(() -> TEXT.get("notInStack", name, TEXT.get("notInStack.because")));
      flags.add(new Flag(FlagKind.NOT_IN_STACK, note));
    }
    return new InstrumentMatch(
        instrument.id(),
        instrument.name(),
        instrument.shortName(),
        instrument.status(),
        instrument.confidence(),
        verdict,
        score.total(),
        score,
        sureness.certainty(),
        reasons,
        List.of(),
        toCheck,
        flags);
  }

  private InstrumentMatch ineligibleMatch(
      Instrument instrument, Ineligible outcome, CertaintyAssessment sureness) {
    return new InstrumentMatch(
        instrument.id(),
        instrument.name(),
        instrument.shortName(),
        instrument.status(),
        instrument.confidence(),
        Verdict.NOT_ELIGIBLE,
        null,
        null,
        sureness.certainty(),
        List.of(),
        outcome.unmet(),
        List.of(),
        sureness.flags());
  }
}
