package nl.maakmatch.matching.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.firm.Province;

/**
 * The instruments a match runs against, with a version string that changes whenever the content
 * (catalogue or terms) changes, so a stored match can say which catalogue it used.
 */
public final class Catalogue {

  private final String version;
  private final LocalDate compiledOn;
  private final List<Instrument> instruments;
  private final Map<String, Instrument> byId;

  public Catalogue(String version, LocalDate compiledOn, List<Instrument> instruments) {
    this.version = Objects.requireNonNull(version, "version");
    this.compiledOn = compiledOn;
    this.instruments = List.copyOf(instruments);
    Map<String, Instrument> index = new LinkedHashMap<>();
    for (Instrument instrument : this.instruments) {
      if (index.put(instrument.id(), instrument) != null) {
        throw new IllegalArgumentException("duplicate instrument id " + instrument.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  public String version() {
    return version;
  }

  /** The catalogue's {@code meta.compiled_on}; empty when the file does not give it. */
  public Optional<LocalDate> compiledOn() {
    return Optional.ofNullable(compiledOn);
  }

  public List<Instrument> instruments() {
    return instruments;
  }

  public Optional<Instrument> instrument(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The open regional development companies (ROMs) that serve firms in a province. */
  public List<Instrument> romsServing(Province province) {
    return instruments.stream()
        .filter(i -> i.terms().scope().rom())
        .filter(i -> i.status() == InstrumentStatus.AVAILABLE)
        .filter(i -> i.terms().scope().provinces().contains(province))
        .toList();
  }

  public int size() {
    return instruments.size();
  }
}
