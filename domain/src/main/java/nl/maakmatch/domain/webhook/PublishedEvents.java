package nl.maakmatch.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The organisations' event logs, read-only: {@code introduction_event} (written by the deal flow)
 * as {@link PublishedEvent}s, in the order of their ids.
 *
 * <p>Reading "after id N" misses nothing only if, within one organisation, ids are handed out in
 * the order the events commit. A writer therefore calls {@link #keepInOrder} in the transaction
 * that adds an event, before adding it: without it, a transaction that took id 100 and commits
 * after one that took 101 would add an event behind a reader that has already moved past 100.
 */
@ApplicationScoped
public class PublishedEvents {

  /** How many events one read returns unless asked for fewer. */
  public static final int DEFAULT_PAGE = 100;

  /** The most events one read returns. */
  public static final int MAX_PAGE = 500;

  /** The advisory lock's first key ("MME1"); the second is the hash of the organisation's code. */
  private static final int EVENT_ORDER_LOCK = 0x4d4d4531;

  private static final String COLUMNS =
      "id, type, introduction_id::text, organisation, state, occurred_at, party, answer_kind,"
          + " reason, text, offer_amount_eur, offer_instrument, offer_rate_percent,"
          + " offer_term_months, offer_conditions, offer_valid_until";

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  /** The organisation's events after id {@code after}, oldest first, at most {@code limit}. */
  public List<PublishedEvent> after(String organisation, long after, int limit) {
    if (after < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("after " + after + ", limit " + limit);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM introduction_event WHERE organisation = ?1 AND id > ?2"
                    + " ORDER BY id LIMIT ?3")
            .setParameter(1, organisation)
            .setParameter(2, after)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream().map(PublishedEvents::fromRow).toList();
  }

  /** The id of the organisation's latest event, or 0: where a new webhook starts. */
  public long lastIdOf(String organisation) {
    Object last =
        em.createNativeQuery(
                "SELECT coalesce(max(id), 0) FROM introduction_event WHERE organisation = ?1")
            .setParameter(1, organisation)
            .getSingleResult();
    return ((Number) last).longValue();
  }

  /**
   * Makes the events this transaction adds for the organisation take their ids after those of any
   * other transaction adding events for it, and become visible before the next one's: a lock held
   * until commit. Call it before inserting the organisation's first event in a transaction.
   */
  public void keepInOrder(String organisation) {
    em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked")
        .setParameter(1, EVENT_ORDER_LOCK)
        .setParameter(2, organisation)
        .getResultList();
  }

  /** A row of {@link #COLUMNS} as the JDBC driver returns it. */
  static PublishedEvent fromRow(Object[] row) {
    Long amount = asLong(row[10]);
    String instrument = (String) row[11];
    BigDecimal rate = (BigDecimal) row[12];
    Integer term = row[13] == null ? null : ((Number) row[13]).intValue();
    String conditions = (String) row[14];
    LocalDate validUntil = asDate(row[15]);
    boolean offered =
        amount != null
            || instrument != null
            || rate != null
            || term != null
            || conditions != null
            || validUntil != null;
    return new PublishedEvent(
        asLong(row[0]),
        (String) row[1],
        UUID.fromString((String) row[2]),
        (String) row[3],
        (String) row[4],
        asTime(row[5]),
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        offered
            ? new PublishedEvent.Offer(amount, instrument, rate, term, conditions, validUntil)
            : null);
  }

  private static Long asLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  /** A timestamptz, which the driver returns as a Timestamp (or a java.time type), in UTC. */
  static OffsetDateTime asTime(Object value) {
    Instant instant;
    if (value instanceof Timestamp t) {
      instant = t.toInstant();
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof Instant i) {
      instant = i;
    } else {
      throw new IllegalStateException("not a time: " + value);
    }
    return instant.atOffset(ZoneOffset.UTC);
  }

  static LocalDate asDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    throw new IllegalStateException("not a date: " + value);
  }
}
