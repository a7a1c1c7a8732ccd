package nl.maakmatch.matching.firm;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Dutch activity code (SBI 2008, the KVK's refinement of NACE rev. 2): {@code NN}, {@code NN.N},
 * {@code NN.NN} or {@code NN.NN.N}. The first two digits are the division; manufacturing is section
 * C, divisions 10–33.
 */
public record SbiCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d)?)?");
  private static final Pattern RANGE = Pattern.compile("\\d{2}\\s*-\\s*\\d{2}");

  /** SBI 2008 / NACE rev. 2 section letter per division; '?' where a number is unused. */
  private static final char[] SECTIONS = new char[100];

  static {
    Arrays.fill(SECTIONS, '?');
    section('A', 1, 3);
    section('B', 5, 9);
    section('C', 10, 33);
    section('D', 35, 35);
    section('E', 36, 39);
    section('F', 41, 43);
    section('G', 45, 47);
    section('H', 49, 53);
    section('I', 55, 56);
    section('J', 58, 63);
    section('K', 64, 66);
    section('L', 68, 68);
    section('M', 69, 75);
    section('N', 77, 82);
    section('O', 84, 84);
    section('P', 85, 85);
    section('Q', 86, 88);
    section('R', 90, 93);
    section('S', 94, 96);
    section('T', 97, 98);
    section('U', 99, 99);
  }

  private static void section(char letter, int fromDivision, int toDivision) {
    Arrays.fill(SECTIONS, fromDivision, toDivision + 1, letter);
  }

  public SbiCode {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "SBI code must look like NN, NN.N, NN.NN or NN.NN.N, was '" + value + "'");
    }
    int division = Integer.parseInt(value.substring(0, 2));
    if (sectionOf(division) == '?') {
      throw new IllegalArgumentException("SBI division " + division + " does not exist");
    }
  }

  public static SbiCode of(String value) {
    return new SbiCode(value);
  }

  static boolean isWellFormed(String value) {
    // NN, NN.N, NN.NN, NN.NN.N: a third level only after a full two-digit group
    return FORMAT.matcher(value).matches() && !value.matches("\\d{2}\\.\\d\\.\\d");
  }

  public int division() {
    return Integer.parseInt(value.substring(0, 2));
  }

  /** The NACE/SBI section letter, e.g. C for manufacturing. */
  public char section() {
    return sectionOf(division());
  }

  public boolean isManufacturing() {
    return section() == 'C';
  }

  /**
   * Whether this code falls under a prefix such as {@code 68}, {@code 68.3} or {@code 25.4}, or a
   * division range such as {@code 10-33}. Prefixes compare digit by digit, so {@code 68.3} covers
   * {@code 68.31} and {@code 68.32} but {@code 6} covers nothing (prefixes need a whole division).
   */
  public boolean fallsUnder(String prefixOrRange) {
    String p = prefixOrRange.strip();
    int dash = p.indexOf('-');
    if (dash > 0) {
      int from = Integer.parseInt(p.substring(0, dash).strip());
      int to = Integer.parseInt(p.substring(dash + 1).strip());
      return division() >= from && division() <= to;
    }
    return digits(value).startsWith(digits(p)) && digits(p).length() >= 2;
  }

  /** Whether a text is usable as a prefix or range for {@link #fallsUnder(String)}. */
  public static boolean isPrefixOrRange(String text) {
    String p = text.strip();
    return isWellFormed(p) || RANGE.matcher(p).matches();
  }

  private static String digits(String code) {
    return code.replace(".", "");
  }

  @Override
  public String toString() {
    return value;
  }

  private static char sectionOf(int division) {
    return SECTIONS[division];
  }
}
