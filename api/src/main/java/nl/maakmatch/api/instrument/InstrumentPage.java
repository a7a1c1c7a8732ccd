package nl.maakmatch.api.instrument;

import java.util.List;

/** A page of the catalogue; {@code total} counts all matches of the filter. */
public record InstrumentPage(List<InstrumentSummary> items, int page, int size, long total) {}
