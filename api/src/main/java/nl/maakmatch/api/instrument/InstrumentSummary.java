package nl.maakmatch.api.instrument;

import java.util.List;

/** An instrument as listed in the catalogue. */
public record InstrumentSummary(
    String id,
    String name,
    String operator,
    String status,
    List<String> types,
    String confidence,
    int version,
    List<String> sources) {}
