package nl.maakmatch.api.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.api.admin.AuditLogResource;
import nl.maakmatch.api.admin.BreakGlassResource;
import nl.maakmatch.api.admin.GuidanceAssignmentResource;
import nl.maakmatch.api.admin.RematchResource;
import nl.maakmatch.api.admin.RetentionResource;
import nl.maakmatch.api.deal.DealResource;
import nl.maakmatch.api.deal.IntroductionResource;
import nl.maakmatch.api.deal.PlanIntroductionResource;
import nl.maakmatch.api.document.DocumentResource;
import nl.maakmatch.api.firm.CaseFileResource;
import nl.maakmatch.api.firm.CaseloadResource;
import nl.maakmatch.api.firm.FirmResource;
import nl.maakmatch.api.instrument.InstrumentResource;
import nl.maakmatch.api.match.MatchResource;
import nl.maakmatch.api.match.PlanMatchResource;
import nl.maakmatch.api.notification.NotificationResource;
import nl.maakmatch.api.organisation.OrganisationEventsResource;
import nl.maakmatch.api.organisation.OrganisationResource;
import nl.maakmatch.api.organisation.WebhookResource;
import nl.maakmatch.api.plan.PlanResource;
import nl.maakmatch.api.privacy.FirmExportResource;
import nl.maakmatch.api.region.RegionResource;
import nl.maakmatch.api.security.LoginStatusResource;

/**
 * Every operation of the API, by {@code "METHOD /path"}, with its operationId and the status it
 * answers on success. Client generators name their methods after the ids, so an id never changes
 * within {@code /api/v1} (a new operation gets a new one); ids are verbs on the resource's noun,
 * unique over the whole API. {@code ApiOperationsTest} reflects over the resources and fails when
 * an operation has no row, a row no operation, or two rows one id.
 */
public final class ApiOperations {

  /** The JAX-RS resource classes of the API; the test fails when one is left out. */
  static final List<Class<?>> RESOURCES =
      List.of(
          AuditLogResource.class,
          BreakGlassResource.class,
          CaseFileResource.class,
          CaseloadResource.class,
          DealResource.class,
          DocumentResource.class,
          FirmExportResource.class,
          FirmResource.class,
          GuidanceAssignmentResource.class,
          InstrumentResource.class,
          IntroductionResource.class,
          LoginStatusResource.class,
          MatchResource.class,
          NotificationResource.class,
          OrganisationEventsResource.class,
          OrganisationResource.class,
          PlanIntroductionResource.class,
          PlanMatchResource.class,
          PlanResource.class,
          RegionResource.class,
          RetentionResource.class,
          RematchResource.class,
          WebhookResource.class);

  /**
   * An operation's id, and the status of its success answer (201 where it creates a record, 204
   * where it answers without a body).
   */
  record Entry(String operationId, int successStatus) {}

  private static final Map<String, Entry> TABLE =
      Map.ofEntries(
          // Catalogue
          ok("GET /api/v1/instruments", "listInstruments"),
          ok("GET /api/v1/instruments/{id}", "getInstrument"),
          created("POST /api/v1/instruments", "addInstrument"),
          ok("PUT /api/v1/instruments/{id}", "editInstrument"),
          ok("POST /api/v1/instruments/{id}/close", "closeInstrument"),
          ok("POST /api/v1/instruments/{id}/reopen", "reopenInstrument"),
          ok("POST /api/v1/instruments/import", "importCatalogue"),
          ok("GET /api/v1/instruments/{id}/versions", "listInstrumentVersions"),
          // Matching
          ok("POST /api/v1/match/preview", "previewMatch"),
          ok("POST /api/v1/plans/{planId}/match", "matchPlan"),
          ok("GET /api/v1/plans/{planId}/matches", "listPlanMatches"),
          // Sign-in
          ok("GET /api/v1/login-status", "getLoginStatus"),
          // Firms
          created("POST /api/v1/firms", "registerFirm"),
          ok("GET /api/v1/firms", "listFirms"),
          ok("GET /api/v1/firms/{id}", "getFirm"),
          ok("PUT /api/v1/firms/{id}", "updateFirm"),
          ok("GET /api/v1/firms/{id}/history", "getFirmHistory"),
          ok("PUT /api/v1/firms/{id}/guidance", "requestGuidance"),
          noContent("DELETE /api/v1/firms/{id}/guidance", "endGuidance"),
          created("POST /api/v1/firms/{id}/invitations", "inviteToFirm"),
          ok("POST /api/v1/firms/join", "joinFirm"),
          ok("GET /api/v1/firms/{id}/audit", "getFirmAudit"),
          ok("GET /api/v1/firms/{id}/export", "exportFirm"),
          ok("DELETE /api/v1/firms/{id}", "eraseFirm"),
          // Advisers
          ok("GET /api/v1/caseload", "listCaseload"),
          ok("GET /api/v1/firms/{firmId}/case-file", "getCaseFile"),
          created("POST /api/v1/firms/{firmId}/case-file/notes", "addCaseFileNote"),
          ok("GET /api/v1/regions/{province}/what-if", "getRegionWhatIf"),
          ok("GET /api/v1/regions/{province}/pipeline", "getRegionPipeline"),
          // Plans
          ok("GET /api/v1/firms/{firmId}/plans", "listPlans"),
          created("POST /api/v1/firms/{firmId}/plans", "draftPlan"),
          ok("GET /api/v1/firms/{firmId}/plans/{planId}", "getPlan"),
          ok("PUT /api/v1/firms/{firmId}/plans/{planId}", "revisePlan"),
          ok("POST /api/v1/firms/{firmId}/plans/{planId}/submit", "submitPlan"),
          ok("POST /api/v1/firms/{firmId}/plans/{planId}/withdraw", "withdrawPlan"),
          ok("POST /api/v1/firms/{firmId}/plans/{planId}/close", "closePlan"),
          ok("POST /api/v1/firms/{firmId}/plans/{planId}/funded", "markPlanFunded"),
          ok("GET /api/v1/firms/{firmId}/plans/{planId}/history", "getPlanHistory"),
          ok("GET /api/v1/firms/{firmId}/plans/{planId}/comments", "listPlanComments"),
          created("POST /api/v1/firms/{firmId}/plans/{planId}/comments", "commentOnPlan"),
          ok("GET /api/v1/firms/{firmId}/plans/{planId}/shares", "listPlanShares"),
          created("POST /api/v1/firms/{firmId}/plans/{planId}/shares", "sharePlan"),
          noContent(
              "DELETE /api/v1/firms/{firmId}/plans/{planId}/shares/{organisation}",
              "withdrawPlanShare"),
          // Documents
          ok("GET /api/v1/firms/{firmId}/plans/{planId}/documents", "listPlanDocuments"),
          created("POST /api/v1/firms/{firmId}/plans/{planId}/documents", "uploadPlanDocument"),
          ok(
              "GET /api/v1/firms/{firmId}/plans/{planId}/documents/{documentId}",
              "downloadPlanDocument"),
          noContent(
              "DELETE /api/v1/firms/{firmId}/plans/{planId}/documents/{documentId}",
              "deletePlanDocument"),
          // Introductions
          created("POST /api/v1/firms/{firmId}/plans/{planId}/introductions", "introducePlan"),
          ok("GET /api/v1/firms/{firmId}/plans/{planId}/introductions", "listPlanIntroductions"),
          ok("GET /api/v1/introductions", "listIntroductions"),
          ok("GET /api/v1/introductions/{id}", "getIntroduction"),
          created("POST /api/v1/introductions/{id}/answers", "answerIntroduction"),
          created("POST /api/v1/introductions/{id}/messages", "postIntroductionMessage"),
          ok("POST /api/v1/introductions/{id}/decision", "decideOnOffer"),
          ok("POST /api/v1/introductions/{id}/withdraw", "withdrawIntroduction"),
          ok("POST /api/v1/introductions/{id}/funded", "reportIntroductionFunded"),
          created("POST /api/v1/introductions/{id}/reroute", "rerouteIntroduction"),
          // Deals
          ok("GET /api/v1/deals", "listDeals"),
          ok("GET /api/v1/deals/{planId}", "getDeal"),
          // Notifications
          ok("GET /api/v1/notifications", "listNotifications"),
          noContent("POST /api/v1/notifications/{id}/read", "markNotificationRead"),
          noContent("POST /api/v1/notifications/read", "markAllNotificationsRead"),
          // Organisations
          ok("GET /api/v1/organisations", "listOrganisations"),
          created("POST /api/v1/organisations", "registerOrganisation"),
          ok("PUT /api/v1/organisations/{code}", "changeOrganisation"),
          ok("PUT /api/v1/organisations/{code}/promise", "setAnswerPromise"),
          ok("GET /api/v1/organisations/{code}/statistics", "getOrganisationStatistics"),
          // Webhooks
          ok("GET /api/v1/organisations/{code}/events", "listOrganisationEvents"),
          ok("GET /api/v1/organisations/{code}/webhook", "getWebhook"),
          ok("PUT /api/v1/organisations/{code}/webhook", "setWebhook"),
          noContent("DELETE /api/v1/organisations/{code}/webhook", "stopWebhook"),
          // Administration
          ok("POST /api/v1/admin/break-glass/plans/{planId}", "breakGlassReadPlan"),
          ok("GET /api/v1/admin/audit", "listAuditLog"),
          ok("POST /api/v1/admin/retention", "applyRetention"),
          ok("GET /api/v1/admin/rematch", "listRematches"),
          created("POST /api/v1/admin/rematch", "startRematch"),
          ok("GET /api/v1/admin/rematch/{jobId}", "getRematch"),
          ok("PUT /api/v1/admin/guidance/{firmId}/adviser", "assignAdviser"));

  private ApiOperations() {}

  /** The row of the operation {@code key} ({@code "POST /api/v1/firms"}), if it has one. */
  static Optional<Entry> find(String key) {
    return Optional.ofNullable(TABLE.get(key));
  }

  /** Every row, for the test. */
  static Map<String, Entry> table() {
    return TABLE;
  }

  private static Map.Entry<String, Entry> ok(String key, String operationId) {
    return Map.entry(key, new Entry(operationId, 200));
  }

  private static Map.Entry<String, Entry> created(String key, String operationId) {
    return Map.entry(key, new Entry(operationId, 201));
  }

  private static Map.Entry<String, Entry> noContent(String key, String operationId) {
    return Map.entry(key, new Entry(operationId, 204));
  }
}
