package nl.maakmatch.domain.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of an organisation's log, as MaakMatch publishes it: the body of a webhook delivery and
 * an item of {@code GET /organisations/{code}/events}, in one shape. It is a published contract:
 * every field is always present (null when it does not apply), in this order, so receivers can rely
 * on it; a change is a new field, never a renamed one.
 *
 * <p>Who acted is not published: the log names the party (firm, adviser, financier, MaakMatch), not
 * the person.
 *
 * @param id the event's place in the log, increasing; the {@code after} of the next read
 * @param type what happened, e.g. {@code IntroductionRequested}
 * @param introductionId the introduction it happened to
 * @param organisation the financier organisation whose log it is
 * @param state the introduction's state after it
 * @param occurredAt when it happened
 * @param party FIRM, ADVISER, FINANCIER or SYSTEM
 * @param answerKind the kind of answer, for an answer
 * @param reason the coded reason, for a decline or a withdrawal
 * @param text the message written with it
 * @param offer the terms offered, for an offer
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "id",
  "type",
  "introductionId",
  "organisation",
  "state",
  "occurredAt",
  "party",
  "answerKind",
  "reason",
  "text",
  "offer"
})
public record PublishedEvent(
    long id,
    String type,
    UUID introductionId,
    String organisation,
    String state,
    OffsetDateTime occurredAt,
    String party,
    String answerKind,
    String reason,
    String text,
    Offer offer) {

  public PublishedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(introductionId, "introductionId");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(party, "party");
  }

  /** The terms of an offer, as the financier made it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({
    "amountEur",
    "instrumentId",
    "annualRatePercent",
    "termMonths",
    "conditions",
    "validUntil"
  })
  public record Offer(
      Long amountEur,
      String instrumentId,
      BigDecimal annualRatePercent,
      Integer termMonths,
      String conditions,
      LocalDate validUntil) {}
}
