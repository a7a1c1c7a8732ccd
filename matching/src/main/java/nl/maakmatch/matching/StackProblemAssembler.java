package nl.maakmatch.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.EngineDefaults;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.LegalBasis;
import nl.maakmatch.matching.stack.Objective;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.stack.StackOption;
import nl.maakmatch.matching.stack.StackOption.Requirement;
import nl.maakmatch.matching.stack.StackProblem;
import nl.maakmatch.matching.stack.StackProblem.BankLoanTerms;
import nl.maakmatch.matching.stack.StackProblem.CostLine;

/**
 * Turns the eligible, open instruments into the numeric problem the stack composer solves. The
 * catalogue's terms become bounds for this plan:
 *
 * <ul>
 *   <li>money parts: from the instrument's minimum up to the cautious end of what it can reach (a
 *       share of the need, or of the costs it finances), capped by its maximum for the firm's size;
 *   <li>guarantees: the cover the state gives on the bank loan (BMKB 45% of the loan, BMKB-Groen
 *       67.5%, GO 50%), capped by the scheme's largest cover, and required to sit on the bank loan
 *       ({@link Requirement#COVERS_BANK_LOAN});
 *   <li>tax benefits: the investment as their base, with a negative yearly cost (the benefit);
 *   <li>Qredits: the bank must lend first above 250,000 ({@link Requirement#BANK_FIRST_ABOVE});
 *   <li>EIB-funded lending: the bank's own loan on a cheaper line, under the bank's collateral
 *       limit ({@link Requirement#LENT_BY_THE_BANK}).
 * </ul>
 *
 * A guarantee whose price is an estimate is not offered: its fee is unknown, so choosing it over a
 * priced scheme would rest on nothing (issue #11).
 *
 * <p>Exclusions are made mutual (the catalogue may state one side only). Each aid-bearing option is
 * held to its own article's intensity ({@link StateAidIntensities}) and names its legal basis; all
 * aid on the plan's costs cumulates up to the highest intensity applicable to them (GBER art. 8(3),
 * docs/rules/gber.md), de minimis included, and de minimis also stays within the firm's remaining
 * headroom.
 */
final class StackProblemAssembler {

  /** The bank loan every stack may lean on; numbers in {@link EngineDefaults}. */
  static final BankLoanTerms BANK_LOAN =
      new BankLoanTerms(
          EngineDefaults.BANK_LOAN_RATE, EngineDefaults.BANK_UNSECURED_SHARE_OF_INVESTMENT);

  private final Map<String, Set<String>> mutualExclusions;

  StackProblemAssembler(Catalogue catalogue) {
    Map<String, Set<String>> exclusions = new HashMap<>();
    for (Instrument instrument : catalogue.instruments()) {
      for (String other : instrument.terms().stackRules().excludes()) {
        exclusions.computeIfAbsent(instrument.id(), k -> new HashSet<>()).add(other);
        exclusions.computeIfAbsent(other, k -> new HashSet<>()).add(instrument.id());
      }
    }
    exclusions.replaceAll((id, set) -> Set.copyOf(set));
    this.mutualExclusions = Map.copyOf(exclusions);
  }

  /** The EU programme's funding rate: the cautious end of its cost share (EIC: 70%). */
  private static double euFundingRate(Instrument instrument, SizeClass size) {
    return instrument.terms().amounts().costShare().forSize(size).map(r -> r.low()).orElse(0.0);
  }

  /** GBER art. 17 investment aid for SMEs: small (incl. micro) 20%, medium 10%; none for large. */
  static double gberInvestmentAidCap(SizeClass size) {
    return switch (size) {
      case MICRO, SMALL -> 0.20;
      case MEDIUM -> 0.10;
      case LARGE -> 0.0;
    };
  }

  StackProblem assemble(List<Instrument> eligibleOpen, MatchContext context, Objective objective) {
    return assemble(eligibleOpen, context, objective, Set.of());
  }

  /**
   * As {@link #assemble(List, MatchContext, Objective)}, with instruments whose minimum amount the
   * firm has checked with the financier: an uncertain match it counts on rests on an estimated
   * minimum (a ROM's typical ticket), so that minimum does not bind them.
   */
  StackProblem assemble(
      List<Instrument> eligibleOpen,
      MatchContext context,
      Objective objective,
      Set<String> minimumChecked) {
    List<Instrument> inStack =
        eligibleOpen.stream().filter(i -> i.terms().stackRules().inStack()).toList();
    Set<String> present =
        inStack.stream().map(Instrument::id).collect(Collectors.toUnmodifiableSet());
    List<StackOption> options = new ArrayList<>();
    for (Instrument instrument : inStack) {
      option(instrument, context, present, minimumChecked.contains(instrument.id()))
          .ifPresent(options::add);
    }
    return new StackProblem(
        context.plan().totalInvestmentEur(),
        context.plan().ownContributionEur(),
        context.plan().committedByOthersEur(),
        costLines(options, inStack, context),
        context.deMinimisHeadroomEur(),
        BANK_LOAN,
        options,
        objective);
  }

  /**
   * The plan's cost lines: one per capex line when the plan states them, else the whole investment
   * as one line. A line's cumulation ceiling is the highest intensity the legal bases of the
   * options covering it make applicable (GBER art. 8(3)); de minimis aid counts inside it
   * (2023/2831 art. 5(2)) but raises it not, and on a line with no GBER aid there is nothing to
   * cumulate with, so no ceiling. Where EU funds may cover a line, their programme's rate caps EU
   * and national funding on it together (art. 8(2)).
   */
  private static List<CostLine> costLines(
      List<StackOption> options, List<Instrument> inStack, MatchContext context) {
    SizeClass size = context.sizeClass();
    Map<String, Instrument> byId = new HashMap<>();
    inStack.forEach(i -> byId.put(i.id(), i));
    List<CostLine> lines = new ArrayList<>();
    for (PlanLine line : planLines(context.plan())) {
      List<StackOption> onLine = options.stream().filter(o -> o.covers(line.id())).toList();
      boolean anyGber = onLine.stream().anyMatch(o -> o.aidBasis() == AidBasis.GBER);
      double intensity =
          onLine.stream()
              .mapToDouble(o -> StateAidIntensities.applicableTo(o.legalBasis(), size))
              .max()
              .orElse(0);
      double euRate =
          onLine.stream()
              .filter(o -> o.legalBasis() == LegalBasis.EU_FUNDS)
              .mapToDouble(o -> euFundingRate(byId.get(o.instrumentId()), size))
              .max()
              .orElse(0);
      lines.add(new CostLine(line.id(), line.amountEur(), anyGber ? intensity : 1.0, euRate));
    }
    return lines;
  }

  /** A cost line of the plan before the options are known; category null for the whole plan. */
  private record PlanLine(String id, CostCategory category, long amountEur) {}

  private static List<PlanLine> planLines(PlanProfile plan) {
    if (!plan.statesCostLines()) {
      return List.of(new PlanLine(CostLine.wholePlan(0, 0).id(), null, plan.totalInvestmentEur()));
    }
    List<PlanLine> lines = new ArrayList<>();
    for (int i = 0; i < plan.capexLines().size(); i++) {
      CostItem line = plan.capexLines().get(i);
      String id = (i + 1) + "-" + line.category().name().toLowerCase(Locale.ROOT);
      lines.add(new PlanLine(id, line.category(), line.amountEur()));
    }
    return lines;
  }

  /**
   * The plan's cost lines an instrument can cover; empty for all of them. Energy and environmental
   * aid (GBER arts. 36, 38, 41: EIA, MIA, VEKI's extra cost) covers the energy installations,
   * R&amp;D aid (art. 25) the R&amp;D, software and intangible lines, other investment aid and tax
   * deductions every line but working capital. Where the plan has no line of the kind, the
   * instrument is read as covering the whole plan, as without cost lines.
   */
  private static Set<String> coveredLines(Instrument instrument, List<PlanLine> lines) {
    if (lines.size() == 1 && lines.get(0).category() == null) {
      return Set.of();
    }
    Set<CostCategory> categories =
        switch (instrument.terms().pricing().legalBasis()) {
          case GBER_ART_36, GBER_ART_38, GBER_ART_41 ->
              EnumSet.of(CostCategory.ENERGY_INSTALLATION);
          case GBER_ART_25_INDUSTRIAL_RESEARCH,
              GBER_ART_25_EXPERIMENTAL_DEVELOPMENT,
              GBER_ART_25_FEASIBILITY ->
              EnumSet.of(CostCategory.RD, CostCategory.SOFTWARE, CostCategory.INTANGIBLE);
          case GBER_ART_17, GBER_ART_22 ->
              EnumSet.complementOf(EnumSet.of(CostCategory.WORKING_CAPITAL));
          default ->
              instrument.terms().part() == PartKind.TAX_BENEFIT
                  ? EnumSet.complementOf(EnumSet.of(CostCategory.WORKING_CAPITAL))
                  : EnumSet.allOf(CostCategory.class);
        };
    Set<String> covered =
        lines.stream()
            .filter(l -> categories.contains(l.category()))
            .map(PlanLine::id)
            .collect(Collectors.toSet());
    return covered.isEmpty() || covered.size() == lines.size() ? Set.of() : covered;
  }

  Optional<StackOption> option(Instrument instrument, MatchContext context, Set<String> present) {
    return option(instrument, context, present, false);
  }

  private Optional<StackOption> option(
      Instrument instrument, MatchContext context, Set<String> present, boolean minimumChecked) {
    MatchingTerms terms = instrument.terms();
    Amounts amounts = terms.amounts();
    SizeClass size = context.sizeClass();
    long need = context.needEur();
    List<PlanLine> lines = planLines(context.plan());
    Set<String> covered = coveredLines(instrument, lines);
    // the costs the instrument can cover: its lines when the plan states them (VEKI: the energy
    // installation as the extra cost), else the whole investment
    long investment =
        covered.isEmpty()
            ? context.investmentEur()
            : lines.stream()
                .filter(l -> covered.contains(l.id()))
                .mapToLong(PlanLine::amountEur)
                .sum();
    long ownMax = amounts.partMaxFor(size).orElse(Long.MAX_VALUE);

    long min;
    long max;
    double coverShare = 0;
    switch (terms.part()) {
      case GUARANTEE -> {
        coverShare = amounts.coverShareOfBankLoan();
        long loan = Math.min(ownMax, need);
        max = (long) Math.floor(loan * coverShare);
        if (amounts.coverMax() != null) {
          max = Math.min(max, amounts.coverMax());
        }
        min = amounts.partMin() == null ? 0 : (long) Math.ceil(amounts.partMin() * coverShare);
      }
      case TAX_BENEFIT -> {
        min = amounts.investmentMin() == null ? 0 : amounts.investmentMin();
        max = Math.min(ownMax, investment);
        if (!amounts.investmentByYear().isEmpty() && context.plan().statesCostLines()) {
          // KIA: only the years whose spending falls within that year's window count
          max = Math.min(max, amounts.withinYearWindows(context.plan().spendingByYear()));
        }
      }
      default -> {
        min = amounts.partMin() == null ? 0 : amounts.partMin();
        long costs = covered.isEmpty() ? context.costsFinancedBy(instrument) : investment;
        long cautious = amounts.reachableFor(size, need, costs, false);
        long optimistic = amounts.reachableFor(size, need, investment, true);
        // eligibility used the top of a share range; never go below the instrument's minimum
        // when only the cautious end falls short of it
        max = Math.min(ownMax, Math.min(optimistic, Math.max(min, cautious)));
      }
    }
    LegalBasis legalBasis = terms.pricing().legalBasis();
    double aidRate = terms.pricing().aidRateFor(context.plan());
    if (legalBasis.aidBasis() != AidBasis.NONE && aidRate > 0) {
      // the aid may not exceed its own article's intensity on the costs it covers
      double intensity = StateAidIntensities.of(legalBasis, size);
      max = Math.min(max, (long) Math.floor(intensity * investment / aidRate + 1e-7));
    }
    if (minimumChecked) {
      min = 0;
    }
    if (max <= 0 || max < min) {
      return Optional.empty();
    }
    Set<String> excludes = new HashSet<>(mutualExclusions.getOrDefault(instrument.id(), Set.of()));
    excludes.retainAll(present);
    Requirement requirement;
    if (terms.part() == PartKind.GUARANTEE) {
      requirement = Requirement.COVERS_BANK_LOAN;
    } else if (terms.stackRules().lentByTheBank()) {
      requirement = Requirement.LENT_BY_THE_BANK;
    } else if (terms.stackRules().bankFirstAboveEur() != null) {
      requirement = Requirement.BANK_FIRST_ABOVE;
    } else {
      requirement = Requirement.NONE;
    }
    return Optional.of(
        new StackOption(
            instrument.id(),
            terms.part(),
            min,
            max,
            amounts.partMeasure().comesOutOfTheNeed() ? amounts.maxShareOfNeed() : 1.0,
            EngineDefaults.annualCostRate(terms),
            aidRate,
            terms.pricing().aidBasis(),
            excludes,
            requirement,
            coverShare,
            terms.stackRules().bankFirstAboveEur() == null
                ? 0
                : terms.stackRules().bankFirstAboveEur(),
            EngineDefaults.weeksToDecision(terms),
            legalBasis,
            covered));
  }
}
