package nl.maakmatch.domain.organisation;

import java.time.OffsetDateTime;

public final class WorkingDays {
  public static OffsetDateTime dueAt(OffsetDateTime at, int days) {
    return at.plusDays(days);
  }
}
