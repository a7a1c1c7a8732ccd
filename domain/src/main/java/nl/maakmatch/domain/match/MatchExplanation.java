package nl.maakmatch.domain.match;

import java.util.List;
import java.util.Locale;
import nl.maakmatch.matching.InstrumentMatch;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * What a match said, in one language, as it read when the match was computed: why the firm has its
 * size class and, per instrument, the verdict with its reasons, the rules not met with what would
 * make them fit, and what to check with whom. A stored match keeps it in Dutch and English, so a
 * financier or adviser opening the match later reads the texts the firm read, even after the
 * engine's messages change.
 *
 * @param instruments every instrument of the catalogue, in the match's order
 */
public record MatchExplanation(String sizeClassReasoning, List<ExplainedInstrument> instruments) {

  /**
   * One instrument's verdict and why.
   *
   * @param eligibility ELIGIBLE, UNCERTAIN or NOT_ELIGIBLE
   */
  public record ExplainedInstrument(
      String id,
      String name,
      String eligibility,
      List<String> reasons,
      List<UnmetRule> unmet,
      List<OpenPoint> toCheck,
      List<MatchNote> flags) {}

  /** A rule the firm or plan does not meet, and the smallest change that would (or null). */
  public record UnmetRule(String criterion, String message, String wouldFitIf) {}

  /** An open point of an uncertain instrument: what to check, and with whom. */
  public record OpenPoint(String criterion, String message, String checkWith) {}

  /** A doubt, duty or note beside the verdict. */
  public record MatchNote(String kind, String text) {}

  public static MatchExplanation of(MatchResult result, Locale locale) {
    MessageRenderer renderer = MessageRenderer.in(locale);
    return new MatchExplanation(
        renderer.render(result.size().reasoning()),
        result.instruments().stream().map(i -> explained(i, renderer)).toList());
  }

  private static ExplainedInstrument explained(InstrumentMatch match, MessageRenderer renderer) {
    return new ExplainedInstrument(
        match.id(),
        match.name(),
        match.verdict().name(),
        match.reasons().stream().map(renderer::render).toList(),
        match.unmet().stream()
            .map(
                u ->
                    new UnmetRule(
                        u.criterion().name(),
                        renderer.render(u.message()),
                        u.wouldFitIf().map(renderer::render).orElse(null)))
            .toList(),
        match.toCheck().stream()
            .map(
                q ->
                    new OpenPoint(
                        q.criterion().name(),
                        renderer.render(q.message()),
                        renderer.render(q.checkWith())))
            .toList(),
        match.flags().stream()
            .map(f -> new MatchNote(f.kind().name(), renderer.render(f.text())))
            .toList());
  }
}
