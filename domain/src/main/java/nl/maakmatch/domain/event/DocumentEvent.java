package nl.maakmatch.domain.event;

import java.util.Optional;
import java.util.UUID;

/**
 * What happens to a document attached to a plan; every such event concerns the plan's firm, whose
 * audit log shows who uploaded, downloaded and deleted which document.
 */
public sealed interface DocumentEvent extends DomainEvent {

  UUID document();

  UUID plan();

  UUID firm();

  @Override
  default String aggregateType() {
    return "document";
  }

  @Override
  default String aggregateId() {
    return document().toString();
  }

  @Override
  default Optional<UUID> firmId() {
    return Optional.of(firm());
  }

  /** The plan the document belongs to: the audit log names the document by its id only. */
  @Override
  default Optional<String> detail() {
    return Optional.of(plan().toString());
  }

  record DocumentUploaded(UUID document, UUID plan, UUID firm) implements DocumentEvent {}

  /** Someone read the document's contents: the firm sees every download, its own included. */
  record DocumentDownloaded(UUID document, UUID plan, UUID firm) implements DocumentEvent {}

  /** The contents are gone; the record of the document stays. */
  record DocumentDeleted(UUID document, UUID plan, UUID firm) implements DocumentEvent {}
}
