package nl.maakmatch.matching.firm;

/**
 * Enterprise size per EU Rec. 2003/361 (GBER Annex I), see docs/rules/sme-definition.md. MICRO,
 * SMALL and MEDIUM together are the SME (MKB) category.
 */
public enum SizeClass {
  MICRO,
  SMALL,
  MEDIUM,
  LARGE;

  public boolean isSme() {
    return this != LARGE;
  }

  /**
   * The class whose rates apply when a scheme only distinguishes small, medium and large: GBER
   * treats a micro enterprise as a small one (Annex I art. 2(2)).
   */
  public SizeClass forRates() {
    return this == MICRO ? SMALL : this;
  }
}
