package nl.maakmatch.domain.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maakmatch.domain.document.DocumentSharing;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.plan.PlanAudience;
import nl.maakmatch.matching.firm.Province;

/** Repository of introductions and their timelines. */
@ApplicationScoped
public class Introductions implements PlanAudience, DocumentSharing {

  @PersistenceContext(unitName = "maakmatch")
  EntityManager em;

  public Optional<Introduction> find(UUID id) {
    return Optional.ofNullable(em.find(Introduction.class, id));
  }

  /**
   * The introduction, locked until the transaction ends: two answers, or an answer and a
   * withdrawal, are taken one after the other, the second seeing the first's state.
   */
  public Optional<Introduction> findForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Introduction.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The plan's introduction to the organisation that has not ended, if any. */
  public Optional<Introduction> openFor(UUID planId, String organisation) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.planId = :plan AND i.organisation = :org AND"
                + " i.state NOT IN :closed",
            Introduction.class)
        .setParameter("plan", planId)
        .setParameter("org", organisation)
        .setParameter("closed", closedStates())
        .getResultStream()
        .findFirst();
  }

  public List<Introduction> ofPlan(UUID planId) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.planId = :plan ORDER BY i.requestedAt",
            Introduction.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /** The organisations that see the plan through an introduction sharing it (not withdrawn). */
  @Override
  public Set<String> organisationsShownThePlan(UUID planId) {
    return ofPlan(planId).stream()
        .filter(i -> i.state() != IntroductionState.WITHDRAWN && i.shares(SharedPart.PLAN))
        .map(Introduction::organisation)
        .collect(Collectors.toSet());
  }

  /**
   * A financier organisation sees the plan's documents while an introduction that shares them is
   * neither withdrawn nor declined.
   */
  @Override
  public boolean sharesDocumentsWith(UUID planId, String organisation) {
    return ofPlan(planId).stream()
        .anyMatch(
            i ->
                i.organisation().equals(organisation)
                    && i.shares(SharedPart.DOCUMENTS)
                    && i.state() != IntroductionState.WITHDRAWN
                    && i.state() != IntroductionState.DECLINED);
  }

  public List<Introduction> ofFirms(Collection<UUID> firmIds) {
    if (firmIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.firmId IN :firms ORDER BY i.requestedAt DESC",
            Introduction.class)
        .setParameter("firms", firmIds)
        .getResultList();
  }

  /** The organisation's inbox: every introduction it may still see, newest first. */
  public List<Introduction> inboxOf(String organisation) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.organisation = :org AND i.state <> :withdrawn"
                + " ORDER BY i.requestedAt DESC",
            Introduction.class)
        .setParameter("org", organisation)
        .setParameter("withdrawn", IntroductionState.WITHDRAWN)
        .getResultList();
  }

  /** Every introduction the organisation received, withdrawn ones too: its statistics. */
  public List<Introduction> receivedBy(String organisation) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.organisation = :org", Introduction.class)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** The introductions of the firms established in the province, each with its firm. */
  public List<OfFirm> ofFirmsIn(Province province) {
    return em
        .createQuery(
            "SELECT i, f FROM Introduction i, Firm f WHERE f.id = i.firmId AND f.province ="
                + " :province ORDER BY i.requestedAt",
            Object[].class)
        .setParameter("province", province)
        .getResultList()
        .stream()
        .map(row -> new OfFirm((Introduction) row[0], (Firm) row[1]))
        .toList();
  }

  public record OfFirm(Introduction introduction, Firm firm) {}

  /** Offers on the table whose validity date lies before {@code today}. */
  public List<Introduction> offersPast(LocalDate today) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.state = :offered AND i.offerValidUntil < :today",
            Introduction.class)
        .setParameter("offered", IntroductionState.OFFERED)
        .setParameter("today", today)
        .getResultList();
  }

  /** Unanswered introductions past their due time that nobody was told about yet. */
  public List<Introduction> newlyOverdue(OffsetDateTime now) {
    return em.createQuery(
            "SELECT i FROM Introduction i WHERE i.state IN :waiting AND i.dueAt < :now AND"
                + " i.overdueNoticedAt IS NULL",
            Introduction.class)
        .setParameter("waiting", Set.of(IntroductionState.REQUESTED, IntroductionState.SEEN))
        .setParameter("now", now)
        .getResultList();
  }

  public List<IntroductionEntry> timeline(UUID introductionId) {
    return em.createQuery(
            "SELECT e FROM IntroductionEntry e WHERE e.introductionId = :id ORDER BY e.id",
            IntroductionEntry.class)
        .setParameter("id", introductionId)
        .getResultList();
  }

  public void add(Introduction introduction) {
    em.persist(introduction);
  }

  public void add(IntroductionEntry entry) {
    em.persist(entry);
  }

  public void flush() {
    em.flush();
  }

  private static Set<IntroductionState> closedStates() {
    return Set.of(
        IntroductionState.DECLINED, IntroductionState.FUNDED, IntroductionState.WITHDRAWN);
  }
}
