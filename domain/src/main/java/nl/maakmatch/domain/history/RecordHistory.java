package nl.maakmatch.domain.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Keeps and reads the event history of every record. */
@ApplicationScoped
public class RecordHistory {

  private static final ObjectMapper SNAPSHOTS =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Records that {@code eventType} happened to a record, with {@code snapshot} (any value that
   * Jackson can write) as its state afterwards.
   */
  public void record(
      String aggregateType,
      Object aggregateId,
      long version,
      String eventType,
      String actor,
      Object snapshot) {
    String json;
    try {
      json = SNAPSHOTS.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a snapshot of " + aggregateType, e);
    }
    em.persist(
        new RecordEvent(
            aggregateType,
            String.valueOf(aggregateId),
            version,
            eventType,
            actor,
            OffsetDateTime.now(clock),
            json));
  }

  public List<RecordEvent> of(String aggregateType, Object aggregateId) {
    return em.createQuery(
            "SELECT e FROM RecordEvent e WHERE e.aggregateType = :type AND e.aggregateId = :id"
                + " ORDER BY e.id",
            RecordEvent.class)
        .setParameter("type", aggregateType)
        .setParameter("id", String.valueOf(aggregateId))
        .getResultList();
  }
}
