package nl.maakmatch.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maakmatch.domain.webhook.PublishedEvents;

/**
 * Removes records for good, with plain statements in the caller's transaction: a firm with all it
 * holds, or the introductions and documents of one plan together with all that hangs from them
 * (timelines, notifications and mails about them, contents, the history of each record). Each
 * removal first declares its transaction an erasure, the only case in which the database lets
 * history rows go and blanks audit entries (Flyway V18). Each erased introduction leaves one {@code
 * IntroductionErased} event in its financier's log, naming the introduction and why, so the
 * financier learns to erase its own copies (GDPR art. 19).
 */
@ApplicationScoped
public class ErasableRecords {

  /**
   * Who the erased event names as its actor (never published): MaakMatch carrying out the erasure,
   * not the person who asked, whom the erasure may forget.
   */
  private static final String ERASER = "maakmatch";

  /** A firm's plans' own rows besides their matches, child tables first. */
  private static final List<String> PLAN_TABLES =
      List.of(
          "plan_comment",
          "plan_purpose",
          "plan_key_technology",
          "plan_capex_line",
          "plan_milestone");

  /** A firm's own rows besides its plans and members, child tables first. */
  private static final List<String> FIRM_TABLES =
      List.of(
          "plan_draft_key",
          "case_note",
          "guidance",
          "firm_invitation",
          "firm_sbi_code",
          "firm_relation",
          "firm_de_minimis_aid");

  /** Users MaakMatch knows only as users of the firm: no other firm, no other role. */
  private static final String ONLY_THIS_FIRMS_USERS =
      "SELECT k.subject FROM known_user k WHERE k.roles = 'firm'"
          + " AND k.subject IN (SELECT subject FROM firm_member WHERE firm_id = ?1)"
          + " AND NOT EXISTS (SELECT 1 FROM firm_member o"
          + " WHERE o.subject = k.subject AND o.firm_id <> ?1)";

  /** The event an erased introduction leaves in its financier's log, and the state it names. */
  static final String ERASED_EVENT = "IntroductionErased";

  static final String ERASED_STATE = "ERASED";

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  @Inject PublishedEvents published;
  @Inject Clock clock;

  /** The firm's owner, with the firm locked so that nothing is added to it meanwhile. */
  public Optional<String> lockedOwnerOf(UUID firmId) {
    Stream<?> owners =
        em.createNativeQuery("SELECT owner_subject FROM firm WHERE id = ?1 FOR UPDATE")
            .setParameter(1, firmId)
            .getResultStream();
    return owners.findFirst().map(String.class::cast);
  }

  /** Removes the firm and everything it holds; the audit log keeps its skeleton. */
  public FirmRemoved removeFirm(UUID firmId) {
    Removal firm = new Removal(Scope.FIRM, firmId);
    List<ErasedIntroduction> introductions = firm.introductions(ErasureReason.ERASURE_REQUEST);
    DocumentsRemoved documents = firm.documents();
    String plansOfFirm = "SELECT id FROM investment_plan WHERE firm_id = ?1";
    int matches = firm.run("DELETE FROM plan_match WHERE plan_id IN (" + plansOfFirm + ")");
    for (String table : PLAN_TABLES) {
      firm.run("DELETE FROM " + table + " WHERE plan_id IN (" + plansOfFirm + ")");
    }
    firm.run(
        "DELETE FROM record_event WHERE aggregate_type = 'plan'"
            + " AND aggregate_id IN (SELECT id::text FROM investment_plan WHERE firm_id = ?1)");
    for (String table : FIRM_TABLES) {
      firm.run("DELETE FROM " + table + " WHERE firm_id = ?1");
    }
    int plans = firm.run("DELETE FROM investment_plan WHERE firm_id = ?1");
    @SuppressWarnings("unchecked")
    List<String> forgotten =
        em.createNativeQuery(ONLY_THIS_FIRMS_USERS).setParameter(1, firmId).getResultList();
    firm.run("DELETE FROM known_user WHERE subject IN (" + ONLY_THIS_FIRMS_USERS + ")");
    int members = firm.run("DELETE FROM firm_member WHERE firm_id = ?1");
    firm.run("DELETE FROM record_event WHERE aggregate_type = 'firm' AND aggregate_id = ?1::text");
    firm.run("DELETE FROM firm WHERE id = ?1");
    firm.run(
        "UPDATE audit_entry SET reason = NULL, detail = NULL"
            + " WHERE firm_id = ?1 AND (reason IS NOT NULL OR detail IS NOT NULL)");
    return new FirmRemoved(plans, matches, introductions, documents, members, forgotten);
  }

  /**
   * Plans that ended (funded, closed, withdrawn) before {@code endedBefore} and still hold
   * introductions or documents, oldest first, locked; plans another transaction holds are skipped.
   */
  public List<PlanOfFirm> plansEndedBefore(OffsetDateTime endedBefore, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, p.firm_id FROM investment_plan p"
                    + " WHERE p.status IN ('FUNDED', 'CLOSED', 'WITHDRAWN') AND p.updated_at < ?1"
                    + " AND (EXISTS (SELECT 1 FROM introduction i WHERE i.plan_id = p.id)"
                    + " OR EXISTS (SELECT 1 FROM plan_document d WHERE d.plan_id = p.id))"
                    + " ORDER BY p.updated_at LIMIT ?2 FOR UPDATE OF p SKIP LOCKED")
            .setParameter(1, endedBefore)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(row -> new PlanOfFirm((UUID) row[0], (UUID) row[1])).toList();
  }

  /** Removes a plan's introductions and documents; the plan and its matches stay. */
  public PlanRecordsRemoved removeRecordsOf(UUID planId) {
    Removal plan = new Removal(Scope.PLAN, planId);
    List<ErasedIntroduction> introductions = plan.introductions(ErasureReason.RETENTION_PERIOD);
    return new PlanRecordsRemoved(introductions, plan.documents());
  }

  /** Whose records a removal takes: a firm's ({@code firm_id}) or one plan's ({@code plan_id}). */
  private enum Scope {
    FIRM("firm_id"),
    PLAN("plan_id");

    private final String column;

    Scope(String column) {
      this.column = column;
    }
  }

  /** The statements of one removal, all on the records of {@code scope} {@code id}. */
  private final class Removal {

    private final Scope scope;
    private final UUID id;

    Removal(Scope scope, UUID id) {
      em.createNativeQuery("SELECT set_config('maakmatch.erasure', 'on', true)").getSingleResult();
      this.scope = scope;
      this.id = id;
    }

    List<ErasedIntroduction> introductions(ErasureReason reason) {
      String ofScope = "SELECT id FROM introduction WHERE " + scope.column + " = ?1";
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT id, organisation FROM introduction WHERE "
                      + scope.column
                      + " = ?1 ORDER BY organisation, requested_at, id")
              .setParameter(1, id)
              .getResultList();
      List<ErasedIntroduction> erased =
          rows.stream()
              .map(row -> new ErasedIntroduction((UUID) row[0], (String) row[1], reason))
              .toList();
      run(
          "DELETE FROM mail_outbox WHERE notification_id IN"
              + " (SELECT id FROM notification WHERE introduction_id IN ("
              + ofScope
              + "))");
      run("DELETE FROM notification WHERE introduction_id IN (" + ofScope + ")");
      run(
          "DELETE FROM record_event WHERE aggregate_type = 'introduction'"
              + " AND aggregate_id IN (SELECT id::text FROM introduction WHERE "
              + scope.column
              + " = ?1)");
      run("DELETE FROM introduction_event WHERE introduction_id IN (" + ofScope + ")");
      run("DELETE FROM introduction WHERE " + scope.column + " = ?1");
      // taken after the rows' locks, in the order a deal step takes them: no deadlock
      erased.stream()
          .map(ErasedIntroduction::organisation)
          .distinct()
          .forEach(published::keepInOrder);
      OffsetDateTime now = OffsetDateTime.now(clock);
      for (ErasedIntroduction introduction : erased) {
        em.createNativeQuery(
                "INSERT INTO introduction_event (introduction_id, organisation, type, state,"
                    + " occurred_at, actor, party, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .setParameter(1, introduction.id())
            .setParameter(2, introduction.organisation())
            .setParameter(3, ERASED_EVENT)
            .setParameter(4, ERASED_STATE)
            .setParameter(5, now)
            .setParameter(6, ERASER)
            .setParameter(7, reason.party())
            .setParameter(8, reason.name())
            .executeUpdate();
      }
      return erased;
    }

    DocumentsRemoved documents() {
      @SuppressWarnings("unchecked")
      List<UUID> inFiles =
          em.createNativeQuery(
                  "SELECT id FROM plan_document WHERE "
                      + scope.column
                      + " = ?1 AND storage = 'DIRECTORY'")
              .setParameter(1, id)
              .getResultList();
      String ofScope = "SELECT id FROM plan_document WHERE " + scope.column + " = ?1";
      run("DELETE FROM document_content WHERE document_id IN (" + ofScope + ")");
      run(
          "DELETE FROM record_event WHERE aggregate_type = 'document'"
              + " AND aggregate_id IN (SELECT id::text FROM plan_document WHERE "
              + scope.column
              + " = ?1)");
      int count = run("DELETE FROM plan_document WHERE " + scope.column + " = ?1");
      return new DocumentsRemoved(count, inFiles);
    }

    int run(String statement) {
      return em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
    }
  }

  /** How many documents were removed, and which of them kept their bytes as files. */
  public record DocumentsRemoved(int count, List<UUID> inFiles) {}

  /** An introduction erased, the financier whose log tells of it, and why it went. */
  public record ErasedIntroduction(UUID id, String organisation, ErasureReason reason) {}

  /** Why an introduction was erased, and the party whose doing that was, as its event says. */
  public enum ErasureReason {
    ERASURE_REQUEST("FIRM"),
    RETENTION_PERIOD("SYSTEM");

    private final String party;

    ErasureReason(String party) {
      this.party = party;
    }

    String party() {
      return party;
    }
  }

  /** What a firm's removal took, and the users it forgot. */
  public record FirmRemoved(
      int plans,
      int matches,
      List<ErasedIntroduction> introductions,
      DocumentsRemoved documents,
      int members,
      List<String> forgottenUsers) {}

  public record PlanOfFirm(UUID planId, UUID firmId) {}

  public record PlanRecordsRemoved(
      List<ErasedIntroduction> introductions, DocumentsRemoved documents) {}
}
