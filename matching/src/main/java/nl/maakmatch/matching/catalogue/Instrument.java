package nl.maakmatch.matching.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One financing instrument from the catalogue: its identity, the structured terms the engine
 * matches on, and the raw catalogue entry so the domain layer can store every field (operator,
 * amounts, shares, term, cost, state-aid basis, combinable text, window, sources, confidence).
 *
 * @param raw the entry as read from YAML, unmodifiable, in file order
 */
public record Instrument(
    String id,
    String name,
    List<InstrumentType> types,
    Confidence confidence,
    MatchingTerms terms,
    Map<String, Object> raw) {

  public Instrument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(terms, "terms");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException(id + ": an instrument has at least one type");
    }
    raw = frozen(raw);
  }

  /** How people call it in a sentence: the curated short name ("BMKB"), else the full name. */
  /** The same instrument under other terms (a variant's for this firm). */
  public Instrument withTerms(MatchingTerms other) {
    return new Instrument(id, name, types, confidence, other, raw);
  }

  public String shortName() {
    return terms.shortName().isEmpty() ? name : terms.shortName();
  }

  public InstrumentStatus status() {
    return terms.availability().status();
  }

  /** Whether any of its forms lets the investor take shares (screened by Wet Vifo). */
  public boolean mayTakeEquityStake() {
    return types.stream().anyMatch(InstrumentType::mayTakeEquityStake);
  }

  /** The operator line of the catalogue, e.g. "LIOF (ROM for Limburg)"; empty when absent. */
  public String operator() {
    Object operator = raw.get("operator");
    return operator == null ? "" : operator.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> frozen(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, frozenValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object frozenValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return frozen((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(frozenValue(element)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
