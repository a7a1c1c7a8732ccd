package nl.maakmatch.domain;

import nl.maakmatch.matching.text.Message;

/** A record that was asked for by id does not exist (or is not visible to the caller). */
public class RecordNotFound extends RuntimeException implements Explained {

  private final RecordKind kind;
  private final String id;

  public RecordNotFound(RecordKind kind, Object id) {
    super(kind + " " + id + " not found");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  public RecordKind kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  @Override
  public Message explanation() {
    return DomainMessages.TEXT.get("record.notFound", kind, id);
  }
}
