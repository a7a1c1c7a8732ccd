package nl.maakmatch.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    List<Instrument> inStack =
        eligibleOpen.stream().filter(i -> i.terms().stackRules().inStack()).toList();
    Set<String> present =
        inStack.stream().map(Instrument::id).collect(Collectors.toUnmodifiableSet());
    List<StackOption> options = new ArrayList<>();
    for (Instrument instrument : inStack) {
      option(instrument, context, present).ifPresent(options::add);
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
   * The plan's costs as one line, the whole investment. Its cumulation ceiling is the highest
   * intensity the legal bases of the options make applicable to it (GBER art. 8(3)); de minimis aid
   * counts inside it (2023/2831 art. 5(2)) but raises it not, and with no GBER aid on the line
   * there is nothing to cumulate with, so no ceiling. Where EU funds may cover it, their
   * programme's rate caps EU and national funding together (art. 8(2)).
   */
  private static List<CostLine> costLines(
      List<StackOption> options, List<Instrument> inStack, MatchContext context) {
    SizeClass size = context.sizeClass();
    boolean anyGber = options.stream().anyMatch(o -> o.aidBasis() == AidBasis.GBER);
    double intensity =
        options.stream()
            .mapToDouble(o -> StateAidIntensities.applicableTo(o.legalBasis(), size))
            .max()
            .orElse(0);
    Set<String> offered =
        options.stream().map(StackOption::instrumentId).collect(Collectors.toSet());
    double euRate =
        inStack.stream()
            .filter(i -> offered.contains(i.id()))
            .filter(i -> i.terms().pricing().legalBasis() == LegalBasis.EU_FUNDS)
            .mapToDouble(i -> euFundingRate(i, size))
            .max()
            .orElse(0);
    return List.of(
        new CostLine(
            CostLine.wholePlan(0, 0).id(),
            context.investmentEur(),
            anyGber ? intensity : 1.0,
            euRate));
  }

  Optional<StackOption> option(Instrument instrument, MatchContext context, Set<String> present) {
    MatchingTerms terms = instrument.terms();
    Amounts amounts = terms.amounts();
    SizeClass size = context.sizeClass();
    long need = context.needEur();
    long investment = context.investmentEur();
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
      }
      default -> {
        min = amounts.partMin() == null ? 0 : amounts.partMin();
        long cautious =
            amounts.reachableFor(size, need, context.costsFinancedBy(instrument), false);
        long optimistic = amounts.reachableFor(size, need, investment, true);
        // eligibility used the top of a share range; never go below the instrument's minimum
        // when only the cautious end falls short of it
        max = Math.min(ownMax, Math.min(optimistic, Math.max(min, cautious)));
      }
    }
    LegalBasis legalBasis = terms.pricing().legalBasis();
    double aidRate = terms.pricing().aidRate();
    if (legalBasis.aidBasis() != AidBasis.NONE && aidRate > 0) {
      // the aid may not exceed its own article's intensity on the costs it covers
      double intensity = StateAidIntensities.of(legalBasis, size);
      max = Math.min(max, (long) Math.floor(intensity * investment / aidRate + 1e-7));
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
            terms.pricing().aidRate(),
            terms.pricing().aidBasis(),
            excludes,
            requirement,
            coverShare,
            terms.stackRules().bankFirstAboveEur() == null
                ? 0
                : terms.stackRules().bankFirstAboveEur(),
            EngineDefaults.weeksToDecision(terms),
            legalBasis,
            Set.of()));
  }
}
