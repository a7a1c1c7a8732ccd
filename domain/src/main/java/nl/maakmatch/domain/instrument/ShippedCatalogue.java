package nl.maakmatch.domain.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.List;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.catalogue.CatalogueReading;
import nl.maakmatch.matching.catalogue.Instrument;

/** Turns a catalogue file (the reference format) into entries ready to be stored. */
public final class ShippedCatalogue {

  public static final String RESOURCE = CatalogueReader.SHIPPED_CATALOGUE;

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private ShippedCatalogue() {}

  public static InputStream open() {
    InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("shipped catalogue " + RESOURCE + " is missing");
    }
    return in;
  }

  /** Every instrument of the shipped file; the shipped file must read without rejections. */
  public static List<CatalogueEntry> read(InputStream in) {
    CatalogueReading reading = CatalogueReader.withShippedTerms().read(in);
    if (!reading.report().isClean()) {
      throw new IllegalStateException(
          "shipped catalogue has rejected entries: " + reading.report());
    }
    return reading.catalogue().instruments().stream().map(ShippedCatalogue::entryOf).toList();
  }

  public static CatalogueEntry entryOf(Instrument instrument) {
    try {
      return new CatalogueEntry(
          instrument.id(),
          instrument.name(),
          instrument.operator(),
          InstrumentStatus.valueOf(instrument.status().name()),
          instrument.types().stream().map(t -> t.yamlValue()).toList(),
          InstrumentConfidence.valueOf(instrument.confidence().name()),
          JSON.writeValueAsString(instrument.raw()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store instrument " + instrument.id(), e);
    }
  }
}
