package nl.maakmatch.matching.stack;

/**
 * The legal basis an aid-bearing part is granted under, which decides the ceiling its aid counts
 * against (docs/rules/gber.md, de-minimis.md). Intensities per firm size are applied where the
 * problem is assembled; the composer only needs to know which ceiling is which.
 */
public enum LegalBasis {
  /** Market-conform or outside state aid (GO, Invest-NL, EIB loans, generic fiscal measures). */
  NO_AID(AidBasis.NONE),
  /**
   * Reg. 2023/2831: counts against the rolling three-year headroom and, on the same costs, inside
   * the highest GBER intensity (art. 5(2)).
   */
  DE_MINIMIS(AidBasis.DE_MINIMIS),
  /** GBER art. 17: investment aid to SMEs. */
  GBER_ART_17(AidBasis.GBER),
  /** GBER art. 22: aid for start-ups (amounts rather than an intensity). */
  GBER_ART_22(AidBasis.GBER),
  /** GBER art. 25: R&D, industrial research. */
  GBER_ART_25_INDUSTRIAL_RESEARCH(AidBasis.GBER),
  /** GBER art. 25: R&D, experimental development. */
  GBER_ART_25_EXPERIMENTAL_DEVELOPMENT(AidBasis.GBER),
  /** GBER art. 25: feasibility studies. */
  GBER_ART_25_FEASIBILITY(AidBasis.GBER),
  /** GBER art. 36: investment aid for environmental protection. */
  GBER_ART_36(AidBasis.GBER),
  /** GBER art. 38: investment aid for energy efficiency. */
  GBER_ART_38(AidBasis.GBER),
  /** GBER art. 41: investment aid for energy from renewable sources. */
  GBER_ART_41(AidBasis.GBER),
  /**
   * EU funds managed centrally (EIC Accelerator): not national aid, but with national aid on the
   * same costs the total public funding stays within the EU programme's rate (GBER art. 8(2)).
   */
  EU_FUNDS(AidBasis.NONE);

  private final AidBasis aidBasis;

  LegalBasis(AidBasis aidBasis) {
    this.aidBasis = aidBasis;
  }

  /** The national ceiling the aid element counts against. */
  public AidBasis aidBasis() {
    return aidBasis;
  }

  /** The reading for an option that names only its aid basis: today's single art. 17 cap. */
  public static LegalBasis byDefaultFor(AidBasis basis) {
    return switch (basis) {
      case NONE -> NO_AID;
      case DE_MINIMIS -> DE_MINIMIS;
      case GBER -> GBER_ART_17;
    };
  }
}
