package nl.maakmatch.domain.event;

/** Changes to the instrument catalogue; they concern no firm. */
public sealed interface CatalogueEvent extends DomainEvent {

  String instrument();

  @Override
  default String aggregateType() {
    return "instrument";
  }

  @Override
  default String aggregateId() {
    return instrument();
  }

  /** A new instrument entered the catalogue, by hand or from a catalogue file. */
  record InstrumentDefined(String instrument) implements CatalogueEvent {}

  /** An instrument got a new definition, by hand or from a catalogue file. */
  record InstrumentRevised(String instrument) implements CatalogueEvent {}

  /** An instrument stopped taking applications; its definition says why. */
  record InstrumentClosed(String instrument) implements CatalogueEvent {}

  /** A closed instrument takes applications again; its definition says why. */
  record InstrumentReopened(String instrument) implements CatalogueEvent {}
}
