package nl.maakmatch.matching.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.LegalBasis;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.text.DataText;

/**
 * The structured terms the engine matches on, derived from an instrument's catalogue text. The
 * shipped values live in {@code matching-terms.yaml}, one block per catalogue id, each citing the
 * reference fact it follows. A number that is null means "the reference sets no such limit".
 *
 * @param shortName how people call it in a sentence ("BMKB", "GO"); empty to use the name
 * @param part how the instrument appears in a financing stack
 * @param estimates names of the terms that are estimates or engine assumptions rather than
 *     confirmed facts (the YAML key names, e.g. {@code costRate}); they lower certainty
 * @param note why the terms read as they do, for people maintaining the catalogue
 */
public record MatchingTerms(
    String shortName,
    Availability availability,
    PartKind part,
    Scope scope,
    Amounts amounts,
    Stage stage,
    Timing timing,
    Pricing pricing,
    StackRules stackRules,
    Set<String> estimates,
    String note,
    TermsOrigin origin) {

  public MatchingTerms {
    shortName = shortName == null ? "" : shortName.strip();
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(amounts, "amounts");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(stackRules, "stackRules");
    Objects.requireNonNull(origin, "origin");
    estimates = Set.copyOf(estimates);
    note = note == null ? "" : note;
  }

  public boolean isEstimated(String term) {
    return estimates.contains(term);
  }

  /** The same terms with other amounts (a variant's). */
  public MatchingTerms withAmounts(Amounts other) {
    return new MatchingTerms(
        shortName,
        availability,
        part,
        scope,
        other,
        stage,
        timing,
        pricing,
        stackRules,
        estimates,
        note,
        origin);
  }

  /**
   * @param reason one line on why this status was chosen (English, as in the reference)
   * @param reasonNl the same in Dutch, for closed and proposed instruments a firm owner reads
   * @param confirmed false when the reference could not confirm the instrument is still open
   * @param checkWith whom a firm asks about the instrument's terms: a name ("RVO", "NOM"), {@code
   *     BANK} for the firm's bank or {@code FUND} for a participating fund; empty for the
   *     instrument's own short name
   */
  public record Availability(
      InstrumentStatus status,
      String reason,
      String reasonNl,
      boolean confirmed,
      String checkWith) {
    public Availability {
      Objects.requireNonNull(status, "status");
      reason = reason == null ? "" : reason;
      reasonNl = reasonNl == null ? "" : reasonNl;
      checkWith = checkWith == null ? "" : checkWith.strip();
    }

    public Availability(
        InstrumentStatus status, String reason, String reasonNl, boolean confirmed) {
      this(status, reason, reasonNl, confirmed, "");
    }

    /**
     * The reason to show a firm owner, when the catalogue gives one in Dutch: a firm owner reads
     * Dutch first, and an English-only reason is a note for the catalogue's editors.
     */
    public Optional<DataText> explanation() {
      return reasonNl.isBlank() ? Optional.empty() : Optional.of(new DataText(reasonNl, reason));
    }
  }

  /**
   * Who and what the instrument is for.
   *
   * @param provinces where the firm must be established; empty means the whole country
   * @param rom true for a regional development company (ROM), which serves only its provinces
   * @param sbiExcluded SBI prefixes or division ranges the instrument does not serve
   * @param sbiRequired when not empty, the firm's SBI code must fall under one of these
   * @param purposes what the instrument finances; a plan must share at least one
   * @param requiredPurposes when not empty, the plan must include one of these (e.g. EIA only for
   *     energy investments on the Energielijst)
   * @param focus key technologies the operator prioritises (scoring only)
   */
  public record Scope(
      Set<SizeClass> sizes,
      Set<Province> provinces,
      boolean rom,
      List<String> sbiExcluded,
      List<String> sbiRequired,
      Set<Purpose> purposes,
      Set<Purpose> requiredPurposes,
      Set<KeyTechnology> focus) {
    public Scope {
      sizes = Set.copyOf(sizes);
      provinces = Set.copyOf(provinces);
      sbiExcluded = List.copyOf(sbiExcluded);
      sbiRequired = List.copyOf(sbiRequired);
      purposes = Set.copyOf(purposes);
      requiredPurposes = Set.copyOf(requiredPurposes);
      focus = Set.copyOf(focus);
    }

    public boolean isNationwide() {
      return provinces.isEmpty();
    }
  }

  /**
   * The amounts an instrument deals in.
   *
   * @param partMeasure what {@code partMin}/{@code partMax} measure
   * @param partMin smallest amount the instrument provides (or, for a guarantee, the smallest loan
   *     it stands behind)
   * @param partMax largest amount it provides, possibly per size
   * @param costShare the share of the plan's costs it may cover, possibly per size
   * @param maxShareOfNeed the largest share of the financing need it may take (Invest-NL 0.5)
   * @param needMin smallest financing need it serves
   * @param needMax largest financing need it serves (Qredits: total credit need 500k)
   * @param investmentMin smallest total investment / project cost
   * @param investmentMax largest total investment (above it the benefit is zero)
   * @param investmentByYear windows that move per tax year; the plan's start year picks one
   * @param coverShareOfBankLoan for a guarantee: the share of the bank loan the state covers
   * @param coverMax for a guarantee: the largest amount the state covers
   * @param belowMinimumViaRom smaller amounts go through the firm's ROM (Invest-NL: "tickets below
   *     5M via the regional ROM")
   * @param variants other terms for starters or innovative firms
   */
  public record Amounts(
      AmountMeasure partMeasure,
      Long partMin,
      BySize<Long> partMax,
      BySize<ShareRange> costShare,
      double maxShareOfNeed,
      Long needMin,
      Long needMax,
      Long investmentMin,
      Long investmentMax,
      List<YearWindow> investmentByYear,
      Double coverShareOfBankLoan,
      Long coverMax,
      boolean belowMinimumViaRom,
      List<Variant> variants) {
    public Amounts {
      Objects.requireNonNull(partMeasure, "partMeasure");
      Objects.requireNonNull(partMax, "partMax");
      Objects.requireNonNull(costShare, "costShare");
      investmentByYear = List.copyOf(investmentByYear);
      variants = variants == null ? List.of() : List.copyOf(variants);
      if (!(maxShareOfNeed > 0 && maxShareOfNeed <= 1)) {
        throw new IllegalArgumentException("maxShareOfNeed must lie in (0, 1]");
      }
    }

    public Optional<Variant> variant(Variant.Kind kind) {
      return variants.stream().filter(v -> v.kind() == kind).findFirst();
    }

    /** These amounts with the variant's where it sets them. */
    public Amounts with(Variant variant) {
      return new Amounts(
          partMeasure,
          partMin,
          variant.partMax() == null ? partMax : BySize.of(variant.partMax()),
          variant.costShare() == null
              ? costShare
              : BySize.of(ShareRange.exactly(variant.costShare())),
          maxShareOfNeed,
          needMin,
          needMax,
          investmentMin,
          investmentMax,
          investmentByYear,
          variant.coverShareOfBankLoan() == null
              ? coverShareOfBankLoan
              : variant.coverShareOfBankLoan(),
          variant.coverMax() == null ? coverMax : variant.coverMax(),
          belowMinimumViaRom,
          List.of());
    }

    /** The largest amount for a firm of this size; empty when the reference sets none. */
    public Optional<Long> partMaxFor(SizeClass size) {
      return partMax.forSize(size);
    }

    /**
     * The most the instrument could provide for a plan before its own maximum: a share of the need
     * for loans, tickets and guaranteed credit (capped by a cost share when one is set), a cost
     * share of the investment for a grant, the investment itself for a tax base.
     *
     * @param optimistic use the top of a cost-share range (for eligibility) rather than its bottom
     *     (for a stack)
     */
    public long reachableFor(SizeClass size, long needEur, long investmentEur, boolean optimistic) {
      Optional<Double> share =
          costShare.forSize(size).map(range -> optimistic ? range.high() : range.low());
      if (partMeasure.comesOutOfTheNeed()) {
        long fromNeed = (long) Math.floor(needEur * maxShareOfNeed);
        return share
            .map(s -> Math.min(fromNeed, (long) Math.floor(s * investmentEur)))
            .orElse(fromNeed);
      }
      if (partMeasure == AmountMeasure.SUBSIDY) {
        return share.map(s -> (long) Math.floor(s * investmentEur)).orElse(needEur);
      }
      return investmentEur;
    }

    /**
     * What a deduction with yearly windows (KIA) can take from spending per year: the years whose
     * spending falls within their window, added up.
     */
    public long withinYearWindows(Map<Integer, Long> spendingByYear) {
      long total = 0;
      for (Map.Entry<Integer, Long> year : spendingByYear.entrySet()) {
        Optional<YearWindow> window = investmentWindowFor(year.getKey());
        if (window.isPresent()
            && year.getValue() >= window.get().minEur()
            && year.getValue() <= window.get().maxEur()) {
          total += year.getValue();
        }
      }
      return total;
    }

    /**
     * The investment window for a year: its own, else the latest earlier year's (the reference only
     * knows the years it was compiled for), else the first known.
     */
    public Optional<YearWindow> investmentWindowFor(int year) {
      return investmentByYear.stream()
          .filter(w -> w.year() <= year)
          .reduce((a, b) -> b.year() > a.year() ? b : a)
          .or(() -> investmentByYear.stream().min((a, b) -> Integer.compare(a.year(), b.year())));
    }
  }

  /**
   * Which firms and technologies by age and readiness.
   *
   * @param minAgeYears the firm must be at least this old when the plan starts
   * @param maxAgeYears the firm may be at most this old when the plan starts
   * @param starterMaxAgeYears a starter variant with other terms exists below this age
   * @param trlMin lowest technology readiness level served
   * @param trlMax highest technology readiness level served
   * @param ageCountsFrom where the age limits count from
   * @param conditions what the plan must show that the engine cannot check (a partner, an
   *     innovation claim)
   */
  public record Stage(
      Integer minAgeYears,
      Integer maxAgeYears,
      Integer starterMaxAgeYears,
      Integer trlMin,
      Integer trlMax,
      AgeCount ageCountsFrom,
      Set<Condition> conditions) {
    public Stage {
      ageCountsFrom = ageCountsFrom == null ? AgeCount.FOUNDING : ageCountsFrom;
      conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
    }

    public Stage(
        Integer minAgeYears,
        Integer maxAgeYears,
        Integer starterMaxAgeYears,
        Integer trlMin,
        Integer trlMax) {
      this(
          minAgeYears,
          maxAgeYears,
          starterMaxAgeYears,
          trlMin,
          trlMax,
          AgeCount.FOUNDING,
          Set.of());
    }

    /** Whether a TRL rule applies, which a plan without a TRL cannot show it meets. */
    public boolean hasTrlRule() {
      return trlMin != null || trlMax != null;
    }
  }

  /**
   * When to apply.
   *
   * @param applyBeforeStart the application must precede the start (incentive effect, GBER)
   * @param applyWithinMonthsAfterStart a notification deadline after the commitment (EIA, MIA)
   * @param windowOpens the last known application round opens
   * @param windowCloses the last known application round closes
   * @param windowRecurring whether rounds come back (yearly), so a closed round is not the end
   */
  public record Timing(
      boolean applyBeforeStart,
      Integer applyWithinMonthsAfterStart,
      LocalDate windowOpens,
      LocalDate windowCloses,
      boolean windowRecurring,
      Integer weeksToDecision) {}

  /**
   * What the instrument costs and how much aid it carries.
   *
   * @param costRate cost per euro of the part (interest, premium, expected return); negative for a
   *     benefit (a tax deduction); null when the reference gives none
   * @param costPeriod whether the rate is paid every year or once
   * @param aidRate gross grant equivalent per euro of the part
   * @param legalBasis the article or regulation the aid is granted under (GBER art. 17 when the
   *     terms name only GBER)
   * @param priceIsEstimate the cost comes from no source (a guarantee fee that is not published):
   *     such a guarantee is kept out of the stack rather than chosen for a price nobody quoted
   * @param aidRateYears for aid that grows with the term (a de minimis guarantee): the term in
   *     years {@code aidRate} is stated for; null when the rate does not depend on the term
   * @param maxTermYears the longest term the scheme runs for; null when the source gives none
   * @param maxTermYearsBuildings the longest term when it finances a building; null: as any asset
   */
  public record Pricing(
      Double costRate,
      CostPeriod costPeriod,
      double aidRate,
      AidBasis aidBasis,
      LegalBasis legalBasis,
      boolean priceIsEstimate,
      Integer aidRateYears,
      Integer maxTermYears,
      Integer maxTermYearsBuildings) {
    public Pricing {
      Objects.requireNonNull(costPeriod, "costPeriod");
      Objects.requireNonNull(aidBasis, "aidBasis");
      Objects.requireNonNull(legalBasis, "legalBasis");
      if (legalBasis.aidBasis() != aidBasis) {
        throw new IllegalArgumentException(
            "legal basis " + legalBasis + " does not count against " + aidBasis);
      }
      if (aidRate < 0 || aidRate > 1) {
        throw new IllegalArgumentException("aidRate must lie in [0, 1]");
      }
    }

    /**
     * The aid per euro of the part for this plan. A guarantee's gross grant equivalent is a
     * proportion of the ceiling per amount and per year it runs (de minimis Reg. 2023/2831 art.
     * 4(6)(b)), and a bank lends for the economic life of what it finances, up to the scheme's
     * longest term: so the plan's cost lines set the years, weighted by amount. A plan without
     * lines keeps the rate as stated.
     */
    public double aidRateFor(PlanProfile plan) {
      if (aidRateYears == null || !plan.statesCostLines()) {
        return aidRate;
      }
      double euroYears = 0;
      for (CostItem line : plan.capexLines()) {
        euroYears += (double) line.amountEur() * Math.min(line.economicLifeYears(), maxYears(line));
      }
      double years = euroYears / plan.totalInvestmentEur();
      return Math.min(1.0, aidRate * years / aidRateYears);
    }

    private int maxYears(CostItem line) {
      if (line.category() == CostCategory.BUILDINGS && maxTermYearsBuildings != null) {
        return maxTermYearsBuildings;
      }
      return maxTermYears == null ? Integer.MAX_VALUE : maxTermYears;
    }
  }

  /**
   * How the instrument takes part in a stack.
   *
   * @param inStack false when its money does not go towards the plan's investment (SDE++ pays per
   *     unit produced, WBSO lowers payroll tax on R&D hours the plan does not state)
   * @param excludes instruments that may not be in the same stack
   * @param bankFirstAboveEur above this need a bank must lend first (Qredits)
   * @param award how the instrument is awarded; a competitive one never enters the base stack
   * @param lentByTheBank the bank lends it from a cheaper credit line (EIB): a variant of the bank
   *     loan under the same collateral limit
   */
  public record StackRules(
      boolean inStack,
      String notInStackReason,
      String notInStackReasonNl,
      Set<String> excludes,
      Long bankFirstAboveEur,
      AwardBasis award,
      boolean lentByTheBank) {
    public StackRules {
      Objects.requireNonNull(award, "award");
      excludes = Set.copyOf(excludes);
      notInStackReason = notInStackReason == null ? "" : notInStackReason;
      notInStackReasonNl = notInStackReasonNl == null ? "" : notInStackReasonNl;
    }

    /** Why the instrument is not in the stack, when the catalogue says so in Dutch. */
    public Optional<DataText> notInStackExplanation() {
      return notInStackReasonNl.isBlank()
          ? Optional.empty()
          : Optional.of(new DataText(notInStackReasonNl, notInStackReason));
    }
  }

  /** Whether a cost rate recurs every year or is paid (or received) once. */
  public enum CostPeriod {
    PER_YEAR,
    ONE_OFF
  }

  /** Where an instrument's terms came from, which tells how far to trust them. */
  public enum TermsOrigin {
    /** Hand-curated in the shipped matching-terms.yaml. */
    CURATED,
    /** The catalogue entry's own {@code matching:} block changed curated or derived terms. */
    ENTRY,
    /** Derived from the entry's fields alone: conservative and less certain. */
    DERIVED
  }
}
