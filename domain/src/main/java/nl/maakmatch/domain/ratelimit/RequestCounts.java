package nl.maakmatch.domain.ratelimit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.maakmatch.domain.schema.DatabaseMigration;

/**
 * Every instance's requests per client and minute, in one table all instances share (Flyway V19).
 * Plain statements outside any transaction: a count is not a record anyone edits, and a rate limit
 * must not wait on a transaction manager.
 */
@ApplicationScoped
public class RequestCounts {

  private static final String HITS_OF =
      "SELECT minute, hits FROM request_count WHERE client = ? AND minute >= ?";

  private static final String ADD =
      "INSERT INTO request_count (client, minute, hits)"
          + " SELECT * FROM unnest(?::text[], ?::bigint[], ?::integer[])"
          + " ON CONFLICT (client, minute) DO UPDATE SET hits = request_count.hits + excluded.hits"
          + " RETURNING client, minute, hits";

  private static final String FORGET = "DELETE FROM request_count WHERE minute < ?";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  /** One client's count in one minute; as an addition, the requests to add. */
  public record Count(String client, long minute, int hits) {}

  /** All instances' requests of {@code client} from {@code fromMinute} on, by minute. */
  public Map<Long, Integer> hitsOf(String client, long fromMinute) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(HITS_OF)) {
      select.setString(1, client);
      select.setLong(2, fromMinute);
      Map<Long, Integer> hits = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          hits.put(rows.getLong(1), rows.getInt(2));
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new Unavailable(e);
    }
  }

  /** Adds this instance's requests and answers each count's new total over all instances. */
  public List<Count> add(List<Count> additions) {
    if (additions.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert = connection.prepareStatement(ADD)) {
      upsert.setArray(
          1,
          connection.createArrayOf(
              "text", additions.stream().map(Count::client).toArray(String[]::new)));
      upsert.setArray(
          2,
          connection.createArrayOf(
              "bigint", additions.stream().map(Count::minute).toArray(Long[]::new)));
      upsert.setArray(
          3,
          connection.createArrayOf(
              "integer", additions.stream().map(Count::hits).toArray(Integer[]::new)));
      List<Count> totals = new ArrayList<>(additions.size());
      try (ResultSet rows = upsert.executeQuery()) {
        while (rows.next()) {
          totals.add(new Count(rows.getString(1), rows.getLong(2), rows.getInt(3)));
        }
      }
      return totals;
    } catch (SQLException e) {
      throw new Unavailable(e);
    }
  }

  /** Deletes the counts of minutes before {@code minute}, which no limit looks at any more. */
  public void forgetBefore(long minute) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(FORGET)) {
      delete.setLong(1, minute);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new Unavailable(e);
    }
  }

  /** The shared counts cannot be reached (the database is away). */
  public static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(SQLException cause) {
      super("The shared request counts cannot be reached: " + cause.getMessage(), cause);
    }
  }
}
