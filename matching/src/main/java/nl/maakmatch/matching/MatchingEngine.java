package nl.maakmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.InstrumentStatus;
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
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackComposer;
import nl.maakmatch.matching.stack.StackProblem;
import nl.maakmatch.matching.strategic.StrategicFlags;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;

/**
 * Matches a firm's plan against the financing catalogue: classifies the firm (EU SME definition),
 * checks every instrument's rules, scores the eligible ones, flags doubts and duties, and composes
 * a financing stack from the eligible open instruments. An uncertain instrument (an estimated limit
 * not met, or a condition the plan does not state) is listed with what to check, but never put in
 * the stack.
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
    for (Instrument listed : catalogue.instruments()) {
      if (listed.status() == InstrumentStatus.PROPOSED && !options.includeProposed()) {
        continue;
      }
      // a starter gets the starter variant's terms (BMKB, VFF), here and in the stack
      Instrument instrument = Variants.offeredTo(listed, context);
      Eligibility outcome = eligibility.assess(instrument, context);
      CertaintyAssessment sureness = certainty.assess(instrument, context);
      if (outcome instanceof Eligible fits) {
        eligible.add(eligibleMatch(instrument, fits, sureness, context));
        if (instrument.terms().stackRules().inStack()) {
          forStack.add(instrument);
        }
      } else if (outcome instanceof Uncertain open) {
        uncertain.add(uncertainMatch(instrument, open, sureness, context));
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

    StackProblem problem = stackProblems.assemble(forStack, context, options.objective());
    Stack stack = stackComposer.compose(problem);
    return new MatchResult(
        size,
        catalogue.version(),
        today,
        all,
        strategicFlags.forPlan(plan),
        problem,
        stack,
        referrals.forPlan(firm, plan));
  }

  private InstrumentMatch eligibleMatch(
      Instrument instrument, Eligible fits, CertaintyAssessment sureness, MatchContext context) {
    return possibleMatch(
        instrument, Verdict.ELIGIBLE, fits.reasons(), List.of(), sureness, context);
  }

  /** Scored and flagged as an eligible one, but with certainty LOW and what to check. */
  private InstrumentMatch uncertainMatch(
      Instrument instrument, Uncertain open, CertaintyAssessment sureness, MatchContext context) {
    return possibleMatch(
        instrument,
        Verdict.UNCERTAIN,
        open.reasons(),
        open.toCheck(),
        new CertaintyAssessment(Certainty.LOW, sureness.flags()),
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
