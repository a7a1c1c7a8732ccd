package nl.maakmatch.matching.eligibility;

/**
 * The de minimis ceiling (Reg. (EU) 2023/2831, docs/rules/de-minimis.md): EUR 300,000 per single
 * undertaking over a rolling three years, shared by every Dutch and EU-national grantor.
 */
public final class DeMinimis {

  public static final long CEILING_EUR = 300_000;

  private DeMinimis() {}

  /** What the firm may still receive; never below zero. */
  public static long headroomEur(long receivedInLastThreeYearsEur) {
    return Math.max(0, CEILING_EUR - receivedInLastThreeYearsEur);
  }
}
