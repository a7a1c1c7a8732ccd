package nl.maakmatch.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.domain.event.CatalogueEvent;
import org.junit.jupiter.api.Test;

/** When the engine's catalogue is taken from memory and when the database is asked again. */
class CatalogueSnapshotsTest {

  private static final long MILLI = 1_000_000L;

  private String storedFingerprint = "1/1/2026-12-04 12:00:00+00";
  private int fingerprintQueries;
  private int builds;
  private long now = 5_000 * MILLI;
  private final List<InstrumentVersion> stored =
      new ArrayList<>(List.of(CatalogueFixtures.aShippedInstrument("bmkb").current()));
  private final CatalogueSnapshots snapshots = snapshotsOverAFakeDatabase();

  @Test
  void matchesWithinASecondShareOneSnapshotWithoutAskingTheDatabase() {
    EngineCatalogue first = snapshots.current();
    now += 400 * MILLI;
    EngineCatalogue second = snapshots.current();

    assertThat(second).isSameAs(first);
    assertThat(fingerprintQueries).isEqualTo(1);
    assertThat(builds).isEqualTo(1);
  }

  @Test
  void anEditOnAnotherNodeIsPickedUpAtTheNextCheck() {
    snapshots.current();
    storedFingerprint = "1/2/2026-12-04 12:05:00+00";

    now += 500 * MILLI;
    snapshots.current();
    assertThat(builds).as("within the recheck interval").isEqualTo(1);

    now += CatalogueSnapshots.RECHECK.toNanos();
    snapshots.current();
    assertThat(fingerprintQueries).isEqualTo(2);
    assertThat(builds).isEqualTo(2);
  }

  @Test
  void anUnchangedFingerprintKeepsTheBuiltCatalogue() {
    EngineCatalogue first = snapshots.current();
    now += 2 * CatalogueSnapshots.RECHECK.toNanos();

    assertThat(snapshots.current()).isSameAs(first);
    assertThat(fingerprintQueries).isEqualTo(2);
    assertThat(builds).isEqualTo(1);
  }

  @Test
  void anEditOnThisNodeIsUsedByTheVeryNextMatch() {
    snapshots.current();
    stored.add(CatalogueFixtures.aShippedInstrument("qredits_mkb_krediet").current());
    storedFingerprint = "2/2/2026-12-04 12:01:00+00";

    snapshots.changed(new CatalogueEvent.InstrumentDefined("qredits_mkb_krediet"));
    EngineCatalogue after = snapshots.current();

    assertThat(builds).isEqualTo(2);
    assertThat(after.instrumentVersions()).containsKeys("bmkb", "qredits_mkb_krediet");
  }

  private CatalogueSnapshots snapshotsOverAFakeDatabase() {
    CatalogueSnapshots s = new CatalogueSnapshots();
    s.instruments =
        new Instruments() {
          @Override
          public String fingerprint() {
            fingerprintQueries++;
            return storedFingerprint;
          }
        };
    s.versions =
        new InstrumentVersions() {
          @Override
          public List<InstrumentVersion> allCurrent() {
            builds++;
            return List.copyOf(stored);
          }
        };
    s.clock = CatalogueFixtures.NOON_ON_4_DECEMBER_2026;
    s.nanoTime = () -> now;
    return s;
  }
}
