package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;

/**
 * A firm's capital-intensive investment plan (aggregate root). Invariants: the total investment is
 * the sum of the capex lines; own contribution plus commitments never exceed it; an ended plan
 * (funded, closed, withdrawn) no longer changes; it is never deleted.
 */
@Entity
@Table(name = "investment_plan")
public class InvestmentPlan {

  @Id private UUID id;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_purpose", joinColumns = @JoinColumn(name = "plan_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "purpose")
  private Set<Purpose> purposes = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_capex_line", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<CapexLine> capexLines = new ArrayList<>();

  @Column(name = "total_investment_eur", nullable = false)
  private long totalInvestmentEur;

  @Column(name = "own_contribution_eur", nullable = false)
  private long ownContributionEur;

  @Column(name = "committed_by_others_eur", nullable = false)
  private long committedByOthersEur;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_milestone", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<Milestone> milestones = new ArrayList<>();

  @Column(name = "expected_jobs")
  private Integer expectedJobs;

  @Column(name = "expected_co2_tonnes_per_year")
  private BigDecimal expectedCo2TonnesPerYear;

  @Column(name = "expected_productivity_pct")
  private BigDecimal expectedProductivityPct;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_key_technology", joinColumns = @JoinColumn(name = "plan_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "key_technology")
  private Set<KeyTechnology> keyTechnologies = new HashSet<>();

  private Integer trl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status;

  @Column(name = "owner_subject", nullable = false, updatable = false)
  private String ownerSubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected InvestmentPlan() {}

  /** A firm starts a plan as a draft it can keep editing. */
  public static InvestmentPlan draft(UUID firmId, PlanDetails details, String owner, Clock clock) {
    InvestmentPlan plan = new InvestmentPlan();
    plan.id = UUID.randomUUID();
    plan.firmId = Objects.requireNonNull(firmId, "firmId");
    plan.ownerSubject = Objects.requireNonNull(owner, "owner");
    plan.status = PlanStatus.DRAFT;
    plan.createdAt = OffsetDateTime.now(clock);
    plan.apply(details, clock);
    return plan;
  }

  /** The firm changes its plan; only while the plan is still open. */
  public void revise(PlanDetails details, Clock clock) {
    requireOpen();
    apply(details, clock);
  }

  /** The firm submits the plan for matching and, later, financiers. */
  public void submit(Clock clock) {
    if (status != PlanStatus.DRAFT) {
      throw new StateConflict(TEXT.get("plan.submitDraftOnly", status));
    }
    status = PlanStatus.SUBMITTED;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** A submitted plan was matched against the catalogue. A draft stays a draft. */
  public void matched(Clock clock) {
    if (status == PlanStatus.SUBMITTED) {
      status = PlanStatus.MATCHED;
      updatedAt = OffsetDateTime.now(clock);
    }
  }

  /** The firm shared a submitted or matched plan with a financier. A draft stays a draft. */
  public void shared(Clock clock) {
    if (status == PlanStatus.SUBMITTED || status == PlanStatus.MATCHED) {
      status = PlanStatus.SHARED;
      updatedAt = OffsetDateTime.now(clock);
    }
  }

  /** The firm withdraws its plan; it is kept, but no longer changes or is shared. */
  public void withdraw(Clock clock) {
    requireOpen();
    status = PlanStatus.WITHDRAWN;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The plan's financing is arranged. */
  public void markFunded(Clock clock) {
    requireOpen();
    status = PlanStatus.FUNDED;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The firm closes the plan without financing through MaakMatch. */
  public void close(Clock clock) {
    requireOpen();
    status = PlanStatus.CLOSED;
    updatedAt = OffsetDateTime.now(clock);
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new StateConflict(TEXT.get("plan.noLongerChanges", status));
    }
  }

  private void apply(PlanDetails details, Clock clock) {
    title = details.title();
    description = details.description();
    purposes = new HashSet<>(details.purposes());
    capexLines = new ArrayList<>(details.capexLines());
    totalInvestmentEur = details.totalInvestmentEur();
    ownContributionEur = details.ownContributionEur();
    committedByOthersEur = details.committedByOthersEur();
    startsOn = details.startsOn();
    milestones = new ArrayList<>(details.milestones());
    expectedJobs = details.expectedEffects().jobs();
    expectedCo2TonnesPerYear = details.expectedEffects().co2TonnesPerYear();
    expectedProductivityPct = details.expectedEffects().productivityPct();
    keyTechnologies = new HashSet<>(details.keyTechnologies());
    trl = details.trl();
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The plan as the matching engine sees it. */
  public PlanProfile profile() {
    return new PlanProfile(
        EnumSet.copyOf(purposes),
        totalInvestmentEur,
        ownContributionEur,
        committedByOthersEur,
        startsOn,
        trl,
        keyTechnologies.isEmpty() ? Set.of() : EnumSet.copyOf(keyTechnologies),
        costItems());
  }

  /**
   * The capex lines for the engine to count aid on, line by line; none when they do not add up to
   * the total (a plan stored before the total was derived from its lines), so the engine spreads
   * the costs evenly and says so.
   */
  private List<CostItem> costItems() {
    long sum = capexLines.stream().mapToLong(CapexLine::amountEur).sum();
    return sum == totalInvestmentEur
        ? capexLines.stream().map(CapexLine::toCostItem).toList()
        : List.of();
  }

  public UUID id() {
    return id;
  }

  public UUID firmId() {
    return firmId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Set<Purpose> purposes() {
    return Set.copyOf(purposes);
  }

  public List<CapexLine> capexLines() {
    return List.copyOf(capexLines);
  }

  public long totalInvestmentEur() {
    return totalInvestmentEur;
  }

  public long ownContributionEur() {
    return ownContributionEur;
  }

  public long committedByOthersEur() {
    return committedByOthersEur;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public ExpectedEffects expectedEffects() {
    return new ExpectedEffects(expectedJobs, expectedCo2TonnesPerYear, expectedProductivityPct);
  }

  public Set<KeyTechnology> keyTechnologies() {
    return Set.copyOf(keyTechnologies);
  }

  public Integer trl() {
    return trl;
  }

  public PlanStatus status() {
    return status;
  }

  public String ownerSubject() {
    return ownerSubject;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return lockVersion;
  }
}
