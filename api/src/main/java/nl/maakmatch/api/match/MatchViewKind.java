package nl.maakmatch.api.match;

import java.util.Locale;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.match.MatchService.Matched;

/** How much of a match the response carries: the {@code view} query parameter. */
enum MatchViewKind {
  /** Every verdict with its reasons, scores, what to check and the stack: for people. */
  FULL,
  /** The verdicts and the stack only: for systems that poll or match in bulk. */
  SUMMARY;

  static final String PARAMETER = "view";

  /** The parameter's description in the API document. */
  static final String DESCRIPTION =
      "full (the default): every verdict with the reasons, for people; summary: the verdicts and"
          + " the stack only, for systems";

  /** The kind a {@code view} value asks for; absent means the full view. */
  static MatchViewKind of(String view) {
    if (view == null || view.isBlank()) {
      return FULL;
    }
    for (MatchViewKind kind : values()) {
      if (kind.name().equalsIgnoreCase(view.strip())) {
        return kind;
      }
    }
    throw new InvalidInput(PARAMETER, ProblemMessages.TEXT.get("input.oneOf", "full, summary"));
  }

  MatchView render(Matched matched, Locale locale) {
    return this == SUMMARY ? MatchView.summaryOf(matched, locale) : MatchView.of(matched, locale);
  }
}
