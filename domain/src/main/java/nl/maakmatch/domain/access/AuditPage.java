package nl.maakmatch.domain.access;

import java.util.List;

/** One page of the audit log and how many entries the whole selection holds. */
public record AuditPage(List<AuditLine> lines, long total) {

  public AuditPage {
    lines = List.copyOf(lines);
  }
}
