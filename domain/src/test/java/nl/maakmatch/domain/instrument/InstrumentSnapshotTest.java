package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.instrument.CatalogueFixtures.NOON_ON_4_DECEMBER_2026;
import static nl.maakmatch.domain.instrument.CatalogueFixtures.aShippedInstrument;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InstrumentSnapshotTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void keepsTheVersionStatusAndNameTheInstrumentWasLeftIn() {
    var qredits = aShippedInstrument("qredits_mkb_krediet");
    qredits.instrument().close(qredits.current(), "budget op", "admin", NOON_ON_4_DECEMBER_2026);

    assertThat(InstrumentSnapshot.of(qredits.instrument()))
        .isEqualTo(new InstrumentSnapshot(2, "CLOSED", qredits.instrument().name()));
  }

  @Test
  void writesTheSameFieldsToTheHistoryAsBeforeTheEventsWereTyped() throws Exception {
    var rdm = aShippedInstrument("rdm");

    var written = JSON.readTree(JSON.writeValueAsString(InstrumentSnapshot.of(rdm.instrument())));

    assertThat(written)
        .isEqualTo(
            JSON.createObjectNode()
                .put("version", 1)
                .put("status", "CLOSED")
                .put("name", rdm.instrument().name()));
  }
}
