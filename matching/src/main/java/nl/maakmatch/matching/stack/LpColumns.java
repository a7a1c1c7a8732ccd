package nl.maakmatch.matching.stack;

/**
 * Which LP column holds which candidate for one set of choices. Candidates that are out get no
 * column at all, so the LPs shrink as the search rules options out.
 *
 * <p>Amounts are in thousands of euros: values then stay near 1..10^5, so the solver's absolute
 * tolerance of 10^-6 means a thousandth of a euro.
 */
final class LpColumns {

  static final double UNIT_EUR = 1000.0;

  final Choices choices;
  private final int[] column;
  final int bank;

  /** The column for what stays uncovered, or -1 when the need must be covered in full. */
  final int uncovered;

  final int width;

  LpColumns(Choices choices, boolean withUncovered) {
    this.choices = choices;
    this.column = new int[choices.size()];
    int next = 0;
    for (int i = 0; i < column.length; i++) {
      column[i] = choices.state(i) == OptionState.OUT ? -1 : next++;
    }
    bank = next++;
    uncovered = withUncovered ? next++ : -1;
    width = next;
  }

  /** The candidate's column, or -1 when it is out. */
  int of(int candidate) {
    return column[candidate];
  }

  boolean has(int candidate) {
    return column[candidate] >= 0;
  }

  double[] zeros() {
    return new double[width];
  }
}
