package nl.maakmatch.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.document.DocumentContents;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.PlanEvent.PlanRecordsExpired;
import nl.maakmatch.domain.privacy.ErasableRecords.PlanOfFirm;
import nl.maakmatch.domain.privacy.ErasableRecords.PlanRecordsRemoved;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps introductions and documents no longer than needed: once a plan has ended (funded, closed or
 * withdrawn) longer ago than {@code maakmatch.retention.years}, they are erased, each plan's in the
 * audit log. The plan itself and its matches stay for the firm. Several instances may sweep at
 * once: each plan is taken by one of them ({@code SKIP LOCKED}).
 */
@ApplicationScoped
public class PlanRetention {

  /** The sweeper acting on its own, as the audit log names it. */
  static final Actor RETENTION =
      new Actor("maakmatch-retention", Set.of(), Optional.empty(), Optional.empty());

  /** Plans handled per transaction, so a first sweep over years of data does not hold one. */
  static final int PLANS_AT_ONCE = 50;

  @Inject ErasableRecords records;
  @Inject DocumentContents contents;
  @Inject EventRecorder events;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "maakmatch.retention.years", defaultValue = "7")
  int years;

  /** The retention period in years. */
  public int years() {
    return years;
  }

  /**
   * Erases the introductions and documents of at most {@link #PLANS_AT_ONCE} plans that ended more
   * than the retention period ago; an empty list when none is left.
   */
  @Transactional
  public List<Expired> sweepOnce() {
    if (years < 1) {
      // a period of 0 would erase every ended plan's deal records at once: a typo, not a policy
      throw new IllegalStateException("maakmatch.retention.years must be at least 1: " + years);
    }
    OffsetDateTime endedBefore = OffsetDateTime.now(clock).minusYears(years);
    List<Expired> expired = new ArrayList<>();
    for (PlanOfFirm due : records.plansEndedBefore(endedBefore, PLANS_AT_ONCE)) {
      PlanRecordsRemoved removed = records.removeRecordsOf(due.planId());
      contents.removeFilesOf(removed.documents().inFiles());
      int documents = removed.documents().count();
      int introductions = removed.introductions().size();
      events.record(
          RETENTION, new PlanRecordsExpired(due.planId(), due.firmId(), introductions, documents));
      expired.add(new Expired(due.planId(), due.firmId(), introductions, documents));
    }
    return expired;
  }

  /** One plan's introductions and documents, erased. */
  public record Expired(UUID planId, UUID firmId, int introductions, int documents) {}
}
