package nl.maakmatch.domain.event;

import java.util.Optional;
import java.util.UUID;

/**
 * What happens to an introduction of a plan to a financier organisation. Each concerns the firm
 * (its audit log shows it) and the organisation (its event log and webhook receive it).
 */
public sealed interface DealEvent extends DomainEvent {

  UUID introduction();

  UUID firm();

  String organisation();

  @Override
  default String aggregateType() {
    return "introduction";
  }

  @Override
  default String aggregateId() {
    return introduction().toString();
  }

  @Override
  default Optional<UUID> firmId() {
    return Optional.of(firm());
  }

  @Override
  default Optional<String> detail() {
    return Optional.of(organisation());
  }

  /** The firm or its adviser introduced a plan to the organisation. */
  record IntroductionRequested(UUID introduction, UUID firm, String organisation)
      implements DealEvent {}

  /** A financier of the organisation opened the introduction for the first time. */
  record IntroductionSeen(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  record InterestShown(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  /** The financier needs more information before it can decide. */
  record InformationRequested(UUID introduction, UUID firm, String organisation)
      implements DealEvent {}

  record IntroductionDeclined(UUID introduction, UUID firm, String organisation)
      implements DealEvent {}

  record OfferMade(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  /** A message in the introduction's thread, from either side. */
  record MessagePosted(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  record OfferAccepted(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  record OfferRejected(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  /** The firm withdrew: the organisation's access ended at once. */
  record IntroductionWithdrawn(UUID introduction, UUID firm, String organisation)
      implements DealEvent {}

  /** The financier paid out: the plan is funded. */
  record IntroductionFunded(UUID introduction, UUID firm, String organisation)
      implements DealEvent {}

  /** An offer passed its validity date without the firm's decision. */
  record OfferExpired(UUID introduction, UUID firm, String organisation) implements DealEvent {}

  /** The organisation did not answer within the response time it promises. */
  record AnswerOverdue(UUID introduction, UUID firm, String organisation) implements DealEvent {}
}
