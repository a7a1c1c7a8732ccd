package nl.maakmatch.domain.event;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What happens to a firm, its members and its guidance. */
public sealed interface FirmEvent extends DomainEvent {

  UUID firm();

  @Override
  default String aggregateType() {
    return "firm";
  }

  @Override
  default String aggregateId() {
    return firm().toString();
  }

  @Override
  default Optional<UUID> firmId() {
    return Optional.of(firm());
  }

  record FirmRegistered(UUID firm) implements FirmEvent {}

  record FirmRevised(UUID firm) implements FirmEvent {}

  /** An adviser guiding the firm read its data. */
  record FirmRead(UUID firm) implements FirmEvent {}

  /** A member took everything MaakMatch holds about the firm (its data export). */
  record FirmExported(UUID firm) implements FirmEvent {}

  /**
   * The firm and all it held were erased on its owner's or an administrator's request; what stays
   * of its audit log is who did what when.
   */
  record FirmErased(UUID firm) implements FirmEvent {}

  /** An adviser wrote a note in the ROM's case file on the firm (the note is not shown). */
  record CaseNoteWritten(UUID firm) implements FirmEvent {}

  /** The firm appeared in an adviser's caseload. */
  record FirmListed(UUID firm) implements FirmEvent {}

  /** A member issued an invitation to act for the firm. */
  record MemberInvited(UUID firm) implements FirmEvent {}

  record MemberJoined(UUID firm) implements FirmEvent {}

  /**
   * A user tried to register the firm's KVK number and so asks to act for it; a member may invite
   * them. The requester's subject is the detail, for the firm's owner to read.
   */
  record JoinRequested(UUID firm, String requester) implements FirmEvent {
    public JoinRequested {
      Objects.requireNonNull(requester, "requester");
    }

    @Override
    public Optional<String> detail() {
      return Optional.of(requester);
    }
  }

  /** The firm asked its ROM for guidance; {@code editGranted} lets the advisers edit its plans. */
  record GuidanceRequested(UUID firm, boolean editGranted) implements FirmEvent {
    @Override
    public Optional<String> detail() {
      return editGranted ? Optional.of("edit-granted") : Optional.empty();
    }
  }

  record GuidanceEnded(UUID firm) implements FirmEvent {}

  /** An administrator assigned the firm's guidance to an adviser by name. */
  record AdviserAssigned(UUID firm, String adviser) implements FirmEvent {
    public AdviserAssigned {
      Objects.requireNonNull(adviser, "adviser");
    }

    @Override
    public Optional<String> detail() {
      return Optional.of(adviser);
    }
  }
}
