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

  record InstrumentDefined(String instrument) implements CatalogueEvent {}

  record InstrumentRevised(String instrument) implements CatalogueEvent {}
}
