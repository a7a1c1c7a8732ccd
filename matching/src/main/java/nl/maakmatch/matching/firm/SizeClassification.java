package nl.maakmatch.matching.firm;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * The outcome of the SME test with the figures it used, so the firm owner can check it.
 *
 * @param countedEmployees own staff plus the counted share of partner and linked enterprises
 * @param reasoning e.g. "MEDIUM: 85 staff incl. 40% of partner X; turnover …" in English
 */
public record SizeClassification(
    SizeClass sizeClass,
    double countedEmployees,
    long countedTurnoverEur,
    long countedBalanceSheetTotalEur,
    Message reasoning) {

  public SizeClassification {
    Objects.requireNonNull(sizeClass, "sizeClass");
    Objects.requireNonNull(reasoning, "reasoning");
  }
}
