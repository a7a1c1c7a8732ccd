package nl.maakmatch.api.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One instrument with its whole current definition (eligibility, amounts, shares, term, cost,
 * state-aid basis, combination rules, application window, sources, confidence).
 */
public record InstrumentDetail(
    String id,
    String name,
    String operator,
    String status,
    List<String> types,
    String confidence,
    int version,
    List<String> sources,
    JsonNode definition) {}
