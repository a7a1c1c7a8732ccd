package nl.maakmatch.api.instrument;

import java.util.List;
import java.util.Locale;
import nl.maakmatch.domain.instrument.ImportReport;
import nl.maakmatch.matching.text.MessageRenderer;

/** What an import did, in the caller's language. */
public record ImportResult(
    List<String> added,
    List<String> changed,
    List<String> unchanged,
    List<Rejected> rejected,
    List<String> warnings,
    List<String> fileProblems) {

  /** An entry that was not imported, and why. */
  public record Rejected(int position, int line, String id, List<String> reasons) {}

  static ImportResult of(ImportReport report, Locale locale) {
    return new ImportResult(
        report.added(),
        report.changed(),
        report.unchanged(),
        report.rejected().stream()
            .map(
                r ->
                    new Rejected(
                        r.position(),
                        r.line(),
                        r.id(),
                        r.reasons().stream().map(MessageRenderer.in(locale)::render).toList()))
            .toList(),
        report.warnings().stream().map(MessageRenderer.in(locale)::render).toList(),
        report.fileProblems().stream().map(MessageRenderer.in(locale)::render).toList());
  }
}
