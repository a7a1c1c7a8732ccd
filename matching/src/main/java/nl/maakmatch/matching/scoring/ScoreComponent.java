package nl.maakmatch.matching.scoring;

import java.util.Objects;
import nl.maakmatch.matching.text.Message;

/**
 * One line of a score: how well the instrument fits on one factor.
 *
 * @param fit from 0 (no fit) to 1 (perfect)
 * @param points weight × fit × 100, one decimal
 * @param explanation the fact behind the fit, e.g. "dekt € 1.000.000 van uw behoefte"
 */
public record ScoreComponent(
    ScoreFactor factor, double weight, double fit, double points, Message explanation) {

  public ScoreComponent {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(explanation, "explanation");
    if (fit < 0 || fit > 1) {
      throw new IllegalArgumentException(factor + ": fit must lie in [0, 1], was " + fit);
    }
  }

  static ScoreComponent of(ScoreFactor factor, double fit, Message explanation) {
    double clamped = Math.max(0, Math.min(1, fit));
    double points = Math.round(factor.weight() * clamped * 1000) / 10.0;
    return new ScoreComponent(factor, factor.weight(), clamped, points, explanation);
  }
}
