package nl.maakmatch.matching.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;

/**
 * Everything a policy may look at: the firm, its plan, its size as classified once, today's date
 * (from the engine's injected clock) and the catalogue (to name alternatives such as the firm's own
 * ROM).
 */
public record MatchContext(
    FirmProfile firm,
    PlanProfile plan,
    SizeClassification size,
    LocalDate today,
    Catalogue catalogue) {

  public MatchContext {
    Objects.requireNonNull(firm, "firm");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(catalogue, "catalogue");
  }

  public SizeClass sizeClass() {
    return size.sizeClass();
  }

  public long needEur() {
    return plan.needEur();
  }

  public long investmentEur() {
    return plan.totalInvestmentEur();
  }

  /** The firm's age when the plan starts: that is when age limits are applied. */
  public int firmAgeAtStart() {
    return firm.ageInYearsOn(plan.startsOn());
  }

  /**
   * The part of the investment an instrument that pays a share of the costs can count on, when the
   * plan gives no cost breakdown: the costs are taken as spread evenly over the plan's purposes, so
   * an instrument that finances one of two purposes counts on half (EIC for the process-innovation
   * half of a machinery plan). Used for stacks and scores, never to refuse: eligibility reads the
   * whole investment.
   */
  public long costsFinancedBy(Instrument instrument) {
    Set<Purpose> planned = plan.purposes();
    long financed =
        planned.stream().filter(instrument.terms().scope().purposes()::contains).count();
    if (instrument.terms().amounts().costShare().isEmpty() || financed == planned.size()) {
      return plan.totalInvestmentEur();
    }
    return plan.totalInvestmentEur() * financed / planned.size();
  }

  /** What the single undertaking (the firm and its group) may still receive as de minimis aid. */
  public long deMinimisHeadroomEur() {
    return DeMinimis.headroomEur(firm.singleUndertakingDeMinimisEur());
  }
}
