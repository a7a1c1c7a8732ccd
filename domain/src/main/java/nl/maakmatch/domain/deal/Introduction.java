package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maakmatch.domain.StateConflict;

/**
 * A plan introduced to one financier organisation (aggregate root). Invariants: it changes state
 * only along {@link IntroductionState}'s steps; a DECLINED one has a reason, an OFFERED one an
 * offer; what is shared never changes after the request; nothing of it is deleted.
 */
@Entity
@Table(name = "introduction")
public class Introduction {

  /** Column widths (V11). */
  public static final int MESSAGE_LENGTH = 4000;

  public static final int INSTRUMENTS_LENGTH = 2000;

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(name = "instrument_ids", nullable = false, updatable = false)
  private String instrumentIds;

  @Column(nullable = false, updatable = false)
  private String shared;

  @Column(updatable = false)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IntroductionState state;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "due_at", nullable = false, updatable = false)
  private OffsetDateTime dueAt;

  @Column(name = "seen_at")
  private OffsetDateTime seenAt;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "overdue_noticed_at")
  private OffsetDateTime overdueNoticedAt;

  // as text: EclipseLink's UUID conversion fails on a null column value
  @Column(name = "rerouted_from", updatable = false)
  private String reroutedFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason")
  private DeclineReason declineReason;

  @Column(name = "offer_amount_eur")
  private Long offerAmountEur;

  @Column(name = "offer_instrument")
  private String offerInstrument;

  @Column(name = "offer_rate_percent")
  private BigDecimal offerRatePercent;

  @Column(name = "offer_term_months")
  private Integer offerTermMonths;

  @Column(name = "offer_conditions")
  private String offerConditions;

  @Column(name = "offer_valid_until")
  private LocalDate offerValidUntil;

  @Column(name = "funded_amount_eur")
  private Long fundedAmountEur;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected Introduction() {}

  /** What the firm asks of the organisation, and what it shows it. */
  public record Request(
      UUID planId,
      UUID firmId,
      String organisation,
      List<String> instrumentIds,
      Set<SharedPart> shared,
      String message) {

    public Request {
      Objects.requireNonNull(planId, "planId");
      Objects.requireNonNull(firmId, "firmId");
      Objects.requireNonNull(organisation, "organisation");
      instrumentIds = List.copyOf(instrumentIds);
      if (shared.isEmpty()) {
        throw new IllegalArgumentException("an introduction shares at least one part");
      }
      shared = Set.copyOf(EnumSet.copyOf(shared));
    }
  }

  static Introduction request(
      Request request, String by, OffsetDateTime dueAt, Optional<UUID> reroutedFrom, Clock clock) {
    Introduction introduction = new Introduction();
    introduction.id = UUID.randomUUID();
    introduction.planId = request.planId();
    introduction.firmId = request.firmId();
    introduction.organisation = request.organisation();
    introduction.instrumentIds = String.join(",", request.instrumentIds());
    introduction.shared =
        EnumSet.copyOf(request.shared()).stream().map(Enum::name).collect(Collectors.joining(","));
    introduction.message = request.message();
    introduction.state = IntroductionState.REQUESTED;
    introduction.requestedBy = Objects.requireNonNull(by);
    introduction.requestedAt = OffsetDateTime.now(clock);
    introduction.dueAt = Objects.requireNonNull(dueAt);
    introduction.reroutedFrom = reroutedFrom.map(UUID::toString).orElse(null);
    introduction.updatedAt = introduction.requestedAt;
    return introduction;
  }

  /** A financier opened it; the first time moves a REQUESTED one to SEEN. */
  boolean seen(Clock clock) {
    if (seenAt != null) {
      return false;
    }
    seenAt = OffsetDateTime.now(clock);
    if (state == IntroductionState.REQUESTED) {
      state = IntroductionState.SEEN;
    }
    updatedAt = seenAt;
    return true;
  }

  /** The financier's answer; a decline needs a reason, an offer its terms. */
  void answer(AnswerKind kind, Optional<DeclineReason> reason, Optional<Offer> offer, Clock clock) {
    boolean allowed =
        switch (kind) {
          case INTERESTED, NEEDS_INFO -> state.allowsConversation();
          case DECLINED, OFFER -> state.allowsDecision();
        };
    requireStep(allowed, kind.leadsTo());
    if (kind == AnswerKind.DECLINED) {
      declineReason = reason.orElseThrow(() -> new IllegalArgumentException("reason"));
    }
    if (kind == AnswerKind.OFFER) {
      Offer terms = offer.orElseThrow(() -> new IllegalArgumentException("offer"));
      if (terms.validUntil().isBefore(LocalDate.now(clock))) {
        throw new IllegalArgumentException("an offer is valid until today or later");
      }
      offerAmountEur = terms.amountEur();
      offerInstrument = terms.instrumentId();
      offerRatePercent = terms.annualRatePercent();
      offerTermMonths = terms.termMonths();
      offerConditions = terms.conditions();
      offerValidUntil = terms.validUntil();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (answeredAt == null) {
      answeredAt = now;
    }
    if (seenAt == null) {
      seenAt = now;
    }
    state = kind.leadsTo();
    updatedAt = now;
  }

  /** The firm's decision on the offer on the table. */
  void decide(boolean accept, Clock clock) {
    IntroductionState next = accept ? IntroductionState.ACCEPTED : IntroductionState.REJECTED;
    requireStep(state == IntroductionState.OFFERED, next);
    state = next;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The firm withdraws; possible at any moment before the money is paid out. */
  void withdraw(Clock clock) {
    requireStep(
        state != IntroductionState.FUNDED && state != IntroductionState.WITHDRAWN,
        IntroductionState.WITHDRAWN);
    state = IntroductionState.WITHDRAWN;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** The financier paid out the accepted offer (or the amount it reports). */
  void funded(long amountEur, Clock clock) {
    requireStep(state == IntroductionState.ACCEPTED, IntroductionState.FUNDED);
    if (amountEur <= 0) {
      throw new IllegalArgumentException("a positive amount is paid out");
    }
    fundedAmountEur = amountEur;
    state = IntroductionState.FUNDED;
    updatedAt = OffsetDateTime.now(clock);
  }

  /** An offer on the table whose validity date has passed expires. */
  boolean expireIfPast(Clock clock) {
    if (state == IntroductionState.OFFERED && offerValidUntil.isBefore(LocalDate.now(clock))) {
      state = IntroductionState.EXPIRED;
      updatedAt = OffsetDateTime.now(clock);
      return true;
    }
    return false;
  }

  /** Not answered within the organisation's promise. */
  public boolean isOverdue(OffsetDateTime now) {
    return state.awaitsAnswer() && now.isAfter(dueAt);
  }

  /** Notes the first time it is found overdue, so the parties are told once. */
  boolean noticeOverdue(Clock clock) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (overdueNoticedAt == null && isOverdue(now)) {
      overdueNoticedAt = now;
      return true;
    }
    return false;
  }

  /** Answered (first answer) no later than promised. */
  public Optional<Boolean> answeredInTime() {
    return Optional.ofNullable(answeredAt).map(at -> !at.isAfter(dueAt));
  }

  private void requireStep(boolean allowed, IntroductionState next) {
    if (!allowed) {
      throw new StateConflict(TEXT.get("introduction.stepNotAllowed", state, next));
    }
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public UUID firmId() {
    return firmId;
  }

  public String organisation() {
    return organisation;
  }

  public List<String> instrumentIds() {
    return instrumentIds.isEmpty() ? List.of() : List.of(instrumentIds.split(","));
  }

  public Set<SharedPart> shared() {
    List<SharedPart> parts = new ArrayList<>();
    Arrays.stream(shared.split(",")).map(SharedPart::valueOf).forEach(parts::add);
    return Set.copyOf(EnumSet.copyOf(parts));
  }

  public boolean shares(SharedPart part) {
    return shared().contains(part);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public IntroductionState state() {
    return state;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public OffsetDateTime dueAt() {
    return dueAt;
  }

  public Optional<OffsetDateTime> seenAt() {
    return Optional.ofNullable(seenAt);
  }

  public Optional<OffsetDateTime> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<UUID> reroutedFrom() {
    return Optional.ofNullable(reroutedFrom).map(UUID::fromString);
  }

  public Optional<DeclineReason> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  /** The latest offer made, also after the firm's decision on it or its expiry. */
  public Optional<Offer> offer() {
    return Offer.fromColumns(
        offerAmountEur,
        offerInstrument,
        offerRatePercent,
        offerTermMonths,
        offerConditions,
        offerValidUntil);
  }

  public Optional<Long> fundedAmountEur() {
    return Optional.ofNullable(fundedAmountEur);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return lockVersion;
  }
}
