package nl.maakmatch.matching.stack;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

/**
 * The stack rules as LP rows for one set of choices.
 *
 * <p>Undecided candidates are relaxed to [0, max]: their minimum is dropped, their bank-first rule
 * is dropped, and each excluded pair only has to share one "slot" ({@code x/max + y/max <= 1}).
 * Every stack that refines the choices satisfies these rows, so the LP optimum is a lower bound the
 * search can prune with.
 */
final class StackConstraints {

  private static final double UNIT = LpColumns.UNIT_EUR;

  private final PreparedProblem prepared;
  private final StackLimits limits;

  StackConstraints(PreparedProblem prepared) {
    this.prepared = prepared;
    this.limits = prepared.limits();
  }

  /**
   * @param fixedEur per candidate an amount it must take, or NaN where the LP may choose
   */
  List<LinearConstraint> rows(LpColumns columns, Margins margins, double[] fixedEur) {
    List<LinearConstraint> rows = new ArrayList<>();
    double[] cover = columns.zeros();
    double[] bankCap = columns.zeros();
    cover[columns.bank] = 1;
    bankCap[columns.bank] = 1;
    if (columns.uncovered >= 0) {
      cover[columns.uncovered] = 1;
    }
    for (int i = 0; i < prepared.size(); i++) {
      if (!columns.has(i)) {
        continue;
      }
      int col = columns.of(i);
      Candidate candidate = prepared.candidate(i);
      OptionState state = columns.choices.state(i);
      cover[col] = candidate.fundsNow() ? 1 : 0;
      bankCap[col] = candidate.isGuarantee() ? -1 : candidate.lentByTheBank() ? 1 : 0;
      long max = state == OptionState.IN ? candidate.maxWithoutBankFirst() : candidate.maxEur();
      rows.add(single(columns, col, Relationship.LEQ, max / UNIT));
      if (state.chosen()) {
        rows.add(single(columns, col, Relationship.GEQ, candidate.minEur() / UNIT));
      }
      if (!Double.isNaN(fixedEur[i])) {
        rows.add(single(columns, col, Relationship.EQ, fixedEur[i] / UNIT));
      }
      if (candidate.coversBankLoan()) {
        double[] share = columns.zeros();
        share[col] = 1;
        share[columns.bank] = -candidate.option().requirementShare();
        rows.add(
            new LinearConstraint(share, Relationship.LEQ, -margins.guaranteeShareEur() / UNIT));
      }
      if (state == OptionState.IN_BANK_FIRST) {
        double[] bankFirst = columns.zeros();
        bankFirst[col] = 1;
        bankFirst[columns.bank] = -1;
        rows.add(new LinearConstraint(bankFirst, Relationship.LEQ, -margins.bankFirstEur() / UNIT));
      }
    }
    rows.add(new LinearConstraint(cover, Relationship.EQ, limits.needEur() / UNIT));
    rows.add(
        new LinearConstraint(
            bankCap, Relationship.LEQ, (limits.unsecuredBankEur() - margins.bankCapEur()) / UNIT));
    for (AidCeiling ceiling : limits.aidCeilings()) {
      addAidCap(columns, rows, ceiling);
    }
    addSharedSlots(columns, rows);
    return rows;
  }

  private boolean hasColumnFor(LpColumns columns, String instrumentId) {
    for (int i = 0; i < prepared.size(); i++) {
      if (columns.has(i) && prepared.candidate(i).option().instrumentId().equals(instrumentId)) {
        return true;
      }
    }
    return false;
  }

  private void addAidCap(LpColumns columns, List<LinearConstraint> rows, AidCeiling ceiling) {
    if (ceiling.owner() != null && !hasColumnFor(columns, ceiling.owner())) {
      // a deduction left out of this branch has no base to keep grants within
      return;
    }
    double[] aid = columns.zeros();
    boolean any = false;
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      if (columns.has(i) && ceiling.counts(candidate)) {
        aid[columns.of(i)] = ceiling.perEuro(candidate);
        any = true;
      }
    }
    if (any) {
      rows.add(new LinearConstraint(aid, Relationship.LEQ, ceiling.capEur() / UNIT));
    }
  }

  /** Two undecided candidates that exclude each other share one slot between them. */
  private void addSharedSlots(LpColumns columns, List<LinearConstraint> rows) {
    for (int i = 0; i < prepared.size(); i++) {
      if (columns.choices.state(i) != OptionState.FREE) {
        continue;
      }
      for (int j = i + 1; j < prepared.size(); j++) {
        if (columns.choices.state(j) == OptionState.FREE && prepared.exclusive(i, j)) {
          double[] slot = columns.zeros();
          slot[columns.of(i)] = UNIT / prepared.candidate(i).maxEur();
          slot[columns.of(j)] = UNIT / prepared.candidate(j).maxEur();
          rows.add(new LinearConstraint(slot, Relationship.LEQ, 1));
        }
      }
    }
  }

  private static LinearConstraint single(
      LpColumns columns, int col, Relationship relationship, double value) {
    double[] row = columns.zeros();
    row[col] = 1;
    return new LinearConstraint(row, relationship, value);
  }
}
