package nl.maakmatch.matching.text;

/**
 * Money as a firm owner reads it: Dutch "€ 1.500.000", English "€1,500,000". Whole euros only:
 * every amount in the catalogue and in a plan is a whole number of euros.
 */
final class Euro {

  private Euro() {}

  static String nl(long euros) {
    return (euros < 0 ? "-€ " : "€ ") + grouped(Math.abs(euros), '.');
  }

  static String en(long euros) {
    return (euros < 0 ? "-€" : "€") + grouped(Math.abs(euros), ',');
  }

  /** A share as a percentage without needless decimals: 0.45 → "45%", 0.675 → "67,5%". */
  static String percentNl(double share) {
    return percent(share).replace('.', ',') + "%";
  }

  static String percentEn(double share) {
    return percent(share) + "%";
  }

  private static String percent(double share) {
    double pct = Math.round(share * 1000) / 10.0;
    return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
  }

  private static String grouped(long value, char separator) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) {
        out.append(separator);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
