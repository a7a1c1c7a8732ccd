package nl.maakmatch.domain.event;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What happens to an investment plan; every such event concerns the plan's firm. */
public sealed interface PlanEvent extends DomainEvent {

  UUID plan();

  UUID firm();

  @Override
  default String aggregateType() {
    return "plan";
  }

  @Override
  default String aggregateId() {
    return plan().toString();
  }

  @Override
  default Optional<UUID> firmId() {
    return Optional.of(firm());
  }

  record PlanDrafted(UUID plan, UUID firm) implements PlanEvent {}

  record PlanRevised(UUID plan, UUID firm) implements PlanEvent {}

  record PlanSubmitted(UUID plan, UUID firm) implements PlanEvent {}

  record PlanMatched(UUID plan, UUID firm) implements PlanEvent {}

  /** The firm consented to show the plan to a financier organisation. */
  record PlanShared(UUID plan, UUID firm, String organisation) implements PlanEvent {
    public PlanShared {
      Objects.requireNonNull(organisation, "organisation");
    }

    @Override
    public Optional<String> detail() {
      return Optional.of(organisation);
    }
  }

  /** The firm withdrew its consent: the organisation no longer sees the plan. */
  record PlanShareWithdrawn(UUID plan, UUID firm, String organisation) implements PlanEvent {
    public PlanShareWithdrawn {
      Objects.requireNonNull(organisation, "organisation");
    }

    @Override
    public Optional<String> detail() {
      return Optional.of(organisation);
    }
  }

  record PlanWithdrawn(UUID plan, UUID firm) implements PlanEvent {}

  record PlanClosed(UUID plan, UUID firm) implements PlanEvent {}

  record PlanFunded(UUID plan, UUID firm) implements PlanEvent {}

  /**
   * The plan had ended longer ago than the retention period, so its introductions and documents
   * were erased; the detail says how many.
   */
  record PlanRecordsExpired(UUID plan, UUID firm, int introductions, int documents)
      implements PlanEvent {
    @Override
    public Optional<String> detail() {
      return Optional.of(introductions + " introductions, " + documents + " documents");
    }
  }

  /** A financier read the plan with the firm's consent. */
  record PlanRead(UUID plan, UUID firm) implements PlanEvent {}

  record PlanCommented(UUID plan, UUID firm) implements PlanEvent {}

  /** An administrator read the plan without consent, for the reason given. */
  record BreakGlassRead(UUID plan, UUID firm, String statedReason) implements PlanEvent {
    public BreakGlassRead {
      Objects.requireNonNull(statedReason, "statedReason");
    }

    @Override
    public Optional<String> reason() {
      return Optional.of(statedReason);
    }
  }
}
