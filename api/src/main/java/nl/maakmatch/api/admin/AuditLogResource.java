package nl.maakmatch.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.maakmatch.api.firm.AuditView;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.domain.access.AuditPage;
import nl.maakmatch.domain.access.AuditTrail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log as the administrator reads it: every change, and every read of a firm's data by
 * someone other than the firm, newest first. Firms read their own part on their firm.
 */
@Path("/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "Administration")
public class AuditLogResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(
      summary =
          "The audit log, newest first, a page at a time; actor narrows it to one user (admin)")
  public AuditLogPage list(
      @QueryParam("actor") @Size(max = 255, message = "{maakmatch.tooLong}") @SingleLine
          String actor,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new InvalidInput("page", ProblemMessages.TEXT.get("input.page"));
    }
    InvalidInput.pageSize("size", size, PageRequest.MAX_SIZE);
    String who = actor == null || actor.isBlank() ? null : actor.strip();
    AuditPage found = trail.latest(who, new PageRequest(page, size));
    return new AuditLogPage(
        found.lines().stream().map(AuditView::of).toList(), page, size, found.total());
  }

  /** A page of the audit log; {@code total} counts every entry of the selection. */
  public record AuditLogPage(List<AuditView> items, int page, int size, long total) {}
}
