package nl.maakmatch.domain.instrument;

/**
 * The state of an instrument as kept in its history. The whole definition is in its {@link
 * InstrumentVersion}; the history names the version and what a reader scans for.
 */
record InstrumentSnapshot(int version, String status, String name) {

  static InstrumentSnapshot of(Instrument instrument) {
    return new InstrumentSnapshot(
        instrument.currentVersion(), instrument.status().name(), instrument.name());
  }
}
