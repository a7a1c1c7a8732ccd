package nl.maakmatch.domain;

/** A record that was asked for by id does not exist (or is not visible to the caller). */
public class RecordNotFound extends RuntimeException {

  private final String kind;
  private final String id;

  public RecordNotFound(String kind, String id) {
    super(kind + " '" + id + "' does not exist");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
