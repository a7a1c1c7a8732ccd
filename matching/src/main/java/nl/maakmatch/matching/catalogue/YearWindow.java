package nl.maakmatch.matching.catalogue;

/**
 * An investment window that is set per tax year (KIA: the deduction applies only between a lower
 * and an upper total investment, and both move every year).
 */
public record YearWindow(int year, long minEur, long maxEur) {

  public YearWindow {
    if (minEur < 0 || maxEur < minEur) {
      throw new IllegalArgumentException(year + ": need 0 <= min <= max");
    }
  }
}
