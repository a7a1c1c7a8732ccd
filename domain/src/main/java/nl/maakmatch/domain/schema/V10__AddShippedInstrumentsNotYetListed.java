package nl.maakmatch.domain.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.maakmatch.domain.instrument.CatalogueEntry;
import nl.maakmatch.domain.instrument.ShippedCatalogue;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the shipped instruments a database seeded earlier does not list yet (IPCEI, added from the
 * seed note for issue #11), as version 1 of each. Instruments already listed keep their own
 * versions: edits made through the catalogue are never overwritten.
 */
public class V10__AddShippedInstrumentsNotYetListed extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    List<CatalogueEntry> entries;
    try (InputStream in = ShippedCatalogue.open()) {
      entries = ShippedCatalogue.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Connection connection = context.getConnection();
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement instrument =
            connection.prepareStatement(
                "INSERT INTO instrument (id, name, operator, status, types, confidence,"
                    + " current_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"
                    + " ON CONFLICT (id) DO NOTHING");
        PreparedStatement version =
            connection.prepareStatement(
                "INSERT INTO instrument_version (instrument_id, version, definition, recorded_at,"
                    + " recorded_by, change_note) VALUES (?, 1, ?::jsonb, ?, 'system', ?)")) {
      for (CatalogueEntry entry : entries) {
        instrument.setString(1, entry.id());
        instrument.setString(2, entry.name());
        instrument.setString(3, entry.operator());
        instrument.setString(4, entry.status().name());
        instrument.setString(5, String.join(",", entry.types()));
        instrument.setString(6, entry.confidence().name());
        instrument.setTimestamp(7, now);
        if (instrument.executeUpdate() == 0) {
          continue; // already listed
        }
        version.setString(1, entry.id());
        version.setString(2, entry.definitionJson());
        version.setTimestamp(3, now);
        version.setString(4, "shipped catalogue " + ShippedCatalogue.RESOURCE);
        version.executeUpdate();
      }
    }
  }
}
