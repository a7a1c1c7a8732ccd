package nl.maakmatch.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A step of the plan the firm commits to, with its date. */
@Embeddable
public class Milestone {

  @Column(nullable = false)
  private String description;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  protected Milestone() {}

  public Milestone(String description, LocalDate dueOn) {
    this.description = Objects.requireNonNull(description, "description");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
  }

  public String description() {
    return description;
  }

  public LocalDate dueOn() {
    return dueOn;
  }
}
