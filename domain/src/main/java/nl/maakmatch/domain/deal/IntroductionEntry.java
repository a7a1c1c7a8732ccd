package nl.maakmatch.domain.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.domain.event.DealEvent;

/**
 * One step in an introduction's timeline, written once and never changed: who did what, when, the
 * state it left, and what was said (an answer's text and reason, a message, an offer's terms).
 * Their ids order the organisation's event log.
 */
@Entity
@Table(name = "introduction_event")
public class IntroductionEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "introduction_id", nullable = false, updatable = false)
  private UUID introductionId;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private UUID firmId;

  @Column(nullable = false, updatable = false)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private IntroductionState state;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Party party;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_kind", updatable = false)
  private AnswerKind answerKind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private DeclineReason reason;

  @Column(updatable = false)
  private String text;

  @Column(name = "offer_amount_eur", updatable = false)
  private Long offerAmountEur;

  @Column(name = "offer_instrument", updatable = false)
  private String offerInstrument;

  @Column(name = "offer_rate_percent", updatable = false)
  private BigDecimal offerRatePercent;

  @Column(name = "offer_term_months", updatable = false)
  private Integer offerTermMonths;

  @Column(name = "offer_conditions", updatable = false)
  private String offerConditions;

  @Column(name = "offer_valid_until", updatable = false)
  private LocalDate offerValidUntil;

  protected IntroductionEntry() {}

  /** What was said with a step, besides the step itself. */
  public record Said(
      Optional<AnswerKind> answer,
      Optional<DeclineReason> reason,
      Optional<String> text,
      Optional<Offer> offer) {

    public static final Said NOTHING =
        new Said(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public static Said text(String text) {
      return new Said(
          Optional.empty(), Optional.empty(), Optional.ofNullable(text), Optional.empty());
    }
  }

  static IntroductionEntry of(
      Introduction introduction,
      DealEvent event,
      String actor,
      Party party,
      Said said,
      OffsetDateTime at) {
    IntroductionEntry entry = new IntroductionEntry();
    entry.introductionId = introduction.id();
    entry.organisation = introduction.organisation();
    entry.firmId = introduction.firmId();
    entry.type = event.type();
    entry.state = introduction.state();
    entry.occurredAt = Objects.requireNonNull(at);
    entry.actor = Objects.requireNonNull(actor);
    entry.party = Objects.requireNonNull(party);
    entry.answerKind = said.answer().orElse(null);
    entry.reason = said.reason().orElse(null);
    entry.text = said.text().orElse(null);
    said.offer()
        .ifPresent(
            offer -> {
              entry.offerAmountEur = offer.amountEur();
              entry.offerInstrument = offer.instrumentId();
              entry.offerRatePercent = offer.annualRatePercent();
              entry.offerTermMonths = offer.termMonths();
              entry.offerConditions = offer.conditions();
              entry.offerValidUntil = offer.validUntil();
            });
    return entry;
  }

  public long id() {
    return id;
  }

  public UUID introductionId() {
    return introductionId;
  }

  public String organisation() {
    return organisation;
  }

  public UUID firmId() {
    return firmId;
  }

  /** The event's type name, e.g. {@code OfferMade}. */
  public String type() {
    return type;
  }

  /** The state the step left the introduction in. */
  public IntroductionState state() {
    return state;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Party party() {
    return party;
  }

  public Optional<AnswerKind> answerKind() {
    return Optional.ofNullable(answerKind);
  }

  public Optional<DeclineReason> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  public Optional<Offer> offer() {
    return Offer.fromColumns(
        offerAmountEur,
        offerInstrument,
        offerRatePercent,
        offerTermMonths,
        offerConditions,
        offerValidUntil);
  }
}
