package nl.maakmatch.domain.firm;

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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.firm.SmeClassifier;

/**
 * An MKB firm (aggregate root). Invariants: a unique KVK number; at least one SBI code; the size
 * class is always derived from the figures (never typed in); it belongs to the user who registered
 * it.
 */
@Entity
@Table(name = "firm")
public class Firm {

  private static final SmeClassifier CLASSIFIER = new SmeClassifier();

  @Id private UUID id;

  @Column(name = "kvk_number", nullable = false, updatable = false)
  private String kvkNumber;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "firm_sbi_code", joinColumns = @JoinColumn(name = "firm_id"))
  @OrderColumn(name = "position")
  @Column(name = "sbi_code")
  private List<String> sbiCodes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Province province;

  @Column(name = "founded_on", nullable = false)
  private LocalDate foundedOn;

  @Column(nullable = false)
  private BigDecimal employees;

  @Column(name = "annual_turnover_eur", nullable = false)
  private long annualTurnoverEur;

  @Column(name = "balance_sheet_total_eur", nullable = false)
  private long balanceSheetTotalEur;

  @Column(name = "public_body_ownership_pct", nullable = false)
  private BigDecimal publicBodyOwnershipPct;

  @Enumerated(EnumType.STRING)
  @Column(name = "public_owner_type")
  private InvestorType publicOwnerType;

  @Column(name = "first_commercial_sale_on")
  private LocalDate firstCommercialSaleOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "firm_relation", joinColumns = @JoinColumn(name = "firm_id"))
  @OrderColumn(name = "position")
  private List<EnterpriseRelation> relations = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "firm_de_minimis_aid", joinColumns = @JoinColumn(name = "firm_id"))
  @OrderColumn(name = "position")
  private List<DeMinimisAid> deMinimisAid = new ArrayList<>();

  @Column(name = "owner_subject", nullable = false, updatable = false)
  private String ownerSubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Firm() {}

  /** A firm owner registers the firm and becomes its first member. */
  public static Firm register(KvkNumber kvk, FirmDetails details, String owner, Clock clock) {
    Firm firm = new Firm();
    firm.id = UUID.randomUUID();
    firm.kvkNumber = kvk.value();
    firm.ownerSubject = Objects.requireNonNull(owner, "owner");
    firm.createdAt = OffsetDateTime.now(clock);
    firm.apply(details, clock);
    return firm;
  }

  /** The owner corrects or updates the firm's figures. */
  public void revise(FirmDetails details, Clock clock) {
    apply(details, clock);
  }

  private void apply(FirmDetails details, Clock clock) {
    if (details.foundedOn().isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("a firm cannot be founded in the future");
    }
    legalName = details.legalName();
    sbiCodes = new ArrayList<>(details.sbiCodes().stream().map(SbiCode::value).toList());
    province = details.province();
    foundedOn = details.foundedOn();
    employees = details.employees();
    annualTurnoverEur = details.annualTurnoverEur();
    balanceSheetTotalEur = details.balanceSheetTotalEur();
    publicBodyOwnershipPct = details.publicBodyOwnershipPct();
    publicOwnerType = details.publicOwnerType();
    firstCommercialSaleOn = details.firstCommercialSaleOn();
    relations = new ArrayList<>(details.relations().stream().map(EnterpriseRelation::new).toList());
    deMinimisAid = new ArrayList<>(details.deMinimisAid());
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The EU size class with its reasoning, derived from the current figures. */
  public SizeClassification sizeClassification(LocalDate on) {
    return CLASSIFIER.classify(profile(on));
  }

  /** The firm as the matching engine sees it on a given day (de minimis counted back from it). */
  public FirmProfile profile(LocalDate on) {
    return new FirmProfile(
        province,
        SbiCode.of(sbiCodes.get(0)),
        foundedOn,
        employees.doubleValue(),
        annualTurnoverEur,
        balanceSheetTotalEur,
        relations.stream().map(EnterpriseRelation::toLinkedEnterprise).toList(),
        publicBodyOwnershipPct.doubleValue(),
        deMinimisReceivedOn(on, false),
        firstCommercialSaleOn,
        deMinimisReceivedOn(on, true),
        publicOwnerType);
  }

  /**
   * De minimis aid the single undertaking (the firm and the rest of its group) received in the
   * rolling three years before {@code on}.
   */
  public long deMinimisReceivedOn(LocalDate on) {
    return deMinimisReceivedOn(on, false) + deMinimisReceivedOn(on, true);
  }

  private long deMinimisReceivedOn(LocalDate on, boolean byGroup) {
    return deMinimisAid.stream()
        .filter(a -> a.receivedByGroup() == byGroup && a.countsOn(on))
        .mapToLong(DeMinimisAid::amountEur)
        .sum();
  }

  public UUID id() {
    return id;
  }

  public KvkNumber kvkNumber() {
    return new KvkNumber(kvkNumber);
  }

  public String legalName() {
    return legalName;
  }

  public List<SbiCode> sbiCodes() {
    return sbiCodes.stream().map(SbiCode::of).toList();
  }

  public Province province() {
    return province;
  }

  public LocalDate foundedOn() {
    return foundedOn;
  }

  public BigDecimal employees() {
    return employees;
  }

  public long annualTurnoverEur() {
    return annualTurnoverEur;
  }

  public long balanceSheetTotalEur() {
    return balanceSheetTotalEur;
  }

  public BigDecimal publicBodyOwnershipPct() {
    return publicBodyOwnershipPct;
  }

  /** Who holds the public stake, when it is an exempt public investor; empty for a public body. */
  public Optional<InvestorType> publicOwnerType() {
    return Optional.ofNullable(publicOwnerType);
  }

  public Optional<LocalDate> firstCommercialSaleOn() {
    return Optional.ofNullable(firstCommercialSaleOn);
  }

  public List<LinkedEnterprise> relations() {
    return relations.stream().map(EnterpriseRelation::toLinkedEnterprise).toList();
  }

  public List<DeMinimisAid> deMinimisAid() {
    return List.copyOf(deMinimisAid);
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
