package nl.maakmatch.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import nl.maakmatch.domain.access.AuditEntry;
import nl.maakmatch.domain.access.AuditTrail;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentClosed;
import nl.maakmatch.domain.event.CatalogueEvent.InstrumentReopened;
import nl.maakmatch.domain.event.FirmEvent.AdviserAssigned;
import nl.maakmatch.domain.event.FirmEvent.GuidanceRequested;
import nl.maakmatch.domain.event.FirmEvent.JoinRequested;
import nl.maakmatch.domain.event.OrganisationEvent.OrganisationRegistered;
import nl.maakmatch.domain.event.PlanEvent.BreakGlassRead;
import nl.maakmatch.domain.event.PlanEvent.PlanRead;
import nl.maakmatch.domain.event.PlanEvent.PlanShared;
import nl.maakmatch.domain.event.PlanEvent.PlanSubmitted;
import nl.maakmatch.domain.fixtures.Actors;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.history.RecordHistory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EventRecorderTest {

  private static final UUID PLAN = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
  private static final UUID FIRM = UUID.fromString("00000000-0000-4000-8000-00000000f001");
  private static final OffsetDateTime NOW = OffsetDateTime.now(Time.fixedClock());

  private final List<String> history = new ArrayList<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private final List<DomainEvent> published = new ArrayList<>();
  private final EventRecorder recorder = recorderWritingToLists();

  @Test
  void writesTheEventsTypeAsTheActionAndTheOrganisationAsTheDetail() {
    AuditEntry entry =
        EventRecorder.auditEntryOf(new PlanShared(PLAN, FIRM, "rabobank-demo"), Actors.anna(), NOW);

    assertThat(entry.action()).isEqualTo("PlanShared");
    assertThat(entry.detail()).isEqualTo("rabobank-demo");
    assertThat(entry.subjectType()).isEqualTo("plan");
    assertThat(entry.subjectId()).isEqualTo(PLAN.toString());
    assertThat(entry.firmId()).isEqualTo(FIRM);
    assertThat(entry.actor()).isEqualTo("anna");
    assertThat(entry.actorRoles()).isEqualTo("firm");
    assertThat(entry.occurredAt()).isEqualTo(NOW);
    assertThat(entry.reason()).isNull();
  }

  @Test
  void writesTheAssignedAdviserAsTheDetail() {
    AuditEntry entry =
        EventRecorder.auditEntryOf(new AdviserAssigned(FIRM, "dirk"), Actors.anAdmin(), NOW);

    assertThat(entry.action()).isEqualTo("AdviserAssigned");
    assertThat(entry.detail()).isEqualTo("dirk");
    assertThat(entry.subjectType()).isEqualTo("firm");
    assertThat(entry.firmId()).isEqualTo(FIRM);
  }

  @Test
  void writesAJoinRequestsRequesterAsTheDetailInTheFirmsAuditLog() {
    AuditEntry entry =
        EventRecorder.auditEntryOf(
            new JoinRequested(FIRM, "bram"), Actors.bramOfAnotherFirm(), NOW);

    assertThat(entry.action()).isEqualTo("JoinRequested");
    assertThat(entry.detail()).isEqualTo("bram");
    assertThat(entry.firmId()).isEqualTo(FIRM);
  }

  @Test
  void writesABreakGlassReasonAsTheReason() {
    AuditEntry entry =
        EventRecorder.auditEntryOf(
            new BreakGlassRead(PLAN, FIRM, "Klacht onderzoeken, ticket 4711"),
            Actors.anAdmin(),
            NOW);

    assertThat(entry.action()).isEqualTo("BreakGlassRead");
    assertThat(entry.reason()).isEqualTo("Klacht onderzoeken, ticket 4711");
    assertThat(entry.detail()).isNull();
  }

  @Test
  void saysWhetherRequestedGuidanceMayEditPlans() {
    assertThat(
            EventRecorder.auditEntryOf(new GuidanceRequested(FIRM, true), Actors.anna(), NOW)
                .detail())
        .isEqualTo("edit-granted");
    assertThat(
            EventRecorder.auditEntryOf(new GuidanceRequested(FIRM, false), Actors.anna(), NOW)
                .detail())
        .isNull();
  }

  @Test
  void anOrganisationsEventConcernsNoFirm() {
    AuditEntry entry =
        EventRecorder.auditEntryOf(
            new OrganisationRegistered("rabobank-demo"), Actors.anAdmin(), NOW);

    assertThat(entry.subjectType()).isEqualTo("organisation");
    assertThat(entry.subjectId()).isEqualTo("rabobank-demo");
    assertThat(entry.firmId()).isNull();
  }

  @Test
  void anInstrumentsEventConcernsNoFirmAndNamesTheInstrumentAsItsSubject() {
    AuditEntry closed =
        EventRecorder.auditEntryOf(
            new InstrumentClosed("qredits_mkb_krediet"), Actors.anAdmin(), NOW);

    assertThat(closed.action()).isEqualTo("InstrumentClosed");
    assertThat(closed.subjectType()).isEqualTo("instrument");
    assertThat(closed.subjectId()).isEqualTo("qredits_mkb_krediet");
    assertThat(closed.firmId()).isNull();
    assertThat(closed.detail()).isNull();
    assertThat(closed.reason()).isNull();
  }

  @Test
  void anInstrumentChangeGoesToTheInstrumentsHistoryAndTheAuditLog() {
    recorder.record(
        Actors.anAdmin(), new InstrumentReopened("rdm"), 2, Map.of("status", "AVAILABLE"));

    assertThat(history).containsExactly("instrument rdm v2 InstrumentReopened by admin");
    assertThat(audit).extracting(AuditEntry::action).containsExactly("InstrumentReopened");
    assertThat(published).containsExactly(new InstrumentReopened("rdm"));
  }

  @Test
  void aLongOrganisationCodeOrAdviserIdFitsItsColumnsWhereItOverflowedTheActionBefore() {
    String organisation = "a".repeat(50);
    String adviser = "b".repeat(49);

    AuditEntry shared =
        EventRecorder.auditEntryOf(new PlanShared(PLAN, FIRM, organisation), Actors.anna(), NOW);
    AuditEntry assigned =
        EventRecorder.auditEntryOf(new AdviserAssigned(FIRM, adviser), Actors.anAdmin(), NOW);

    assertThat(("PlanSharedWith:" + organisation).length()).isGreaterThan(AuditEntry.ACTION_LENGTH);
    assertThat(("AdviserAssigned:" + adviser).length()).isGreaterThan(AuditEntry.ACTION_LENGTH);
    assertThat(shared.action().length()).isLessThanOrEqualTo(AuditEntry.ACTION_LENGTH);
    assertThat(shared.detail()).hasSize(50);
    assertThat(assigned.detail().length()).isLessThanOrEqualTo(AuditEntry.DETAIL_LENGTH);
    assertThat(AuditEntry.SUBJECT_ID_LENGTH).isGreaterThanOrEqualTo(100);
  }

  @Test
  void everyEventTypesNameFitsTheActionColumn() {
    List<String> names = eventTypes(DomainEvent.class).map(Class::getSimpleName).toList();

    assertThat(names).hasSizeGreaterThan(25).doesNotHaveDuplicates();
    assertThat(names)
        .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(AuditEntry.ACTION_LENGTH));
  }

  @Test
  void aChangeGoesToTheRecordsHistoryAndTheAuditLog() {
    recorder.record(Actors.anna(), new PlanSubmitted(PLAN, FIRM), 2, Map.of("status", "SUBMITTED"));

    assertThat(history).containsExactly("plan " + PLAN + " v2 PlanSubmitted by anna");
    assertThat(audit).extracting(AuditEntry::action).containsExactly("PlanSubmitted");
    assertThat(published).containsExactly(new PlanSubmitted(PLAN, FIRM));
  }

  @Test
  void aReadGoesToTheAuditLogOnly() {
    recorder.record(Actors.daanFinancierOfTheBank(), new PlanRead(PLAN, FIRM));

    assertThat(history).isEmpty();
    assertThat(audit)
        .extracting(AuditEntry::action, AuditEntry::actorRoles)
        .containsExactly(Tuple.tuple("PlanRead", "financier"));
    assertThat(published).containsExactly(new PlanRead(PLAN, FIRM));
  }

  private EventRecorder recorderWritingToLists() {
    EventRecorder recorder = new EventRecorder();
    recorder.clock = Time.fixedClock();
    recorder.history =
        new RecordHistory() {
          @Override
          public void record(
              String type, Object id, long version, String event, String actor, Object snapshot) {
            history.add(type + " " + id + " v" + version + " " + event + " by " + actor);
          }
        };
    recorder.audit =
        new AuditTrail() {
          @Override
          public void append(AuditEntry entry) {
            audit.add(entry);
          }
        };
    recorder.published = new PublishingToList();
    return recorder;
  }

  /** Fires to the test's list, as CDI would to the event's observers. */
  private final class PublishingToList implements Event<DomainEvent> {

    @Override
    public void fire(DomainEvent event) {
      published.add(event);
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<DomainEvent> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DomainEvent> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private static Stream<Class<?>> eventTypes(Class<?> type) {
    if (!type.isSealed()) {
      return Stream.of(type);
    }
    return Stream.of(type.getPermittedSubclasses()).flatMap(EventRecorderTest::eventTypes);
  }
}
