package nl.maakmatch.matching.scoring;

import java.util.List;

/**
 * A score from 0 to 100 with the components it is made of, so the firm owner can see why one
 * instrument ranks above another.
 */
public record ScoreBreakdown(int total, List<ScoreComponent> components) {

  public ScoreBreakdown {
    components = List.copyOf(components);
    if (total < 0 || total > 100) {
      throw new IllegalArgumentException("a score lies in 0..100, was " + total);
    }
  }

  static ScoreBreakdown of(List<ScoreComponent> components) {
    double exact = components.stream().mapToDouble(c -> c.weight() * c.fit() * 100).sum();
    return new ScoreBreakdown((int) Math.round(exact), components);
  }
}
