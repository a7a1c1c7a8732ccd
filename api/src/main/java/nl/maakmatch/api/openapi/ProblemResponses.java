package nl.maakmatch.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maakmatch.api.problem.Problem;
import nl.maakmatch.api.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The refusals an operation can answer, each an {@code application/problem+json} body of the shared
 * {@code Problem} schema (RFC 9457), described once under {@code components/responses} and referred
 * to by status. Which ones an operation lists follows from what it declares: see {@link #of}.
 */
final class ProblemResponses {

  static final String SCHEMA = "Problem";
  private static final String INSTANCE = "/api/v1/firms/3f1c2a9e-5b7d-4c3e-9a1f-2b8d6e4c7a10";
  private static final String REQUEST_ID = "5f0c3e7a9b2d4e61";

  /** One kind of refusal: its status, the name of its shared response, and when it comes. */
  enum Refusal {
    BAD_REQUEST(
        400,
        "BadRequest",
        ProblemTypes.VALIDATION,
        "Malformed JSON, an unknown or mistyped field, or an invalid value: `errors` names each"
            + " field (as a JSON path) and why"),
    UNAUTHORIZED(
        401,
        "Unauthorized",
        ProblemTypes.UNAUTHORIZED,
        "No valid bearer token: missing, expired, or not issued by the MaakMatch realm for the"
            + " audience maakmatch-api"),
    FORBIDDEN(
        403,
        "Forbidden",
        ProblemTypes.FORBIDDEN,
        "The token is valid but none of its roles allows this operation"),
    NOT_FOUND(
        404,
        "NotFound",
        ProblemTypes.NOT_FOUND,
        "No such record, or one the caller may not see: MaakMatch does not tell which"),
    NOT_ACCEPTABLE(
        406,
        "NotAcceptable",
        ProblemTypes.NOT_ACCEPTABLE,
        "Accept names no media type the operation answers with (JSON, for most)"),
    CONFLICT(
        409,
        "Conflict",
        ProblemTypes.CONFLICT,
        "The record's state does not allow this now (a plan already submitted, an introduction"
            + " already answered), or the same thing was done twice at once"),
    PRECONDITION_FAILED(
        412,
        "PreconditionFailed",
        ProblemTypes.STALE,
        "If-Match names a version that is no longer current: read the record again, redo the"
            + " change on what it is now"),
    CONTENT_TOO_LARGE(
        413,
        "ContentTooLarge",
        ProblemTypes.TOO_LARGE,
        "The request body is larger than MaakMatch accepts (1 MB of JSON; for documents and"
            + " catalogue files, their configured limits)"),
    UNSUPPORTED_MEDIA_TYPE(
        415,
        "UnsupportedMediaType",
        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
        "The body's Content-Type is not one the operation reads"),
    BUSINESS_RULE(
        422,
        "BusinessRuleViolation",
        ProblemTypes.BUSINESS_RULE,
        "Well-formed, but a business rule refuses it; `detail` says which and what would make it"
            + " acceptable"),
    PRECONDITION_REQUIRED(
        428,
        "PreconditionRequired",
        ProblemTypes.PRECONDITION_REQUIRED,
        "The operation changes a versioned record and needs If-Match with the ETag it was read"
            + " with"),
    TOO_MANY_REQUESTS(
        429,
        "TooManyRequests",
        ProblemTypes.TOO_MANY_REQUESTS,
        "Too many requests from this client address; Retry-After says how many seconds to wait");

    final int status;
    final String component;
    final String type;
    final String description;

    Refusal(int status, String component, String type, String description) {
      this.status = status;
      this.component = component;
      this.type = type;
      this.description = description;
    }

    String code() {
      return String.valueOf(status);
    }
  }

  private static final Map<Refusal, String> TITLES =
      Map.ofEntries(
          Map.entry(Refusal.BAD_REQUEST, "Bad Request"),
          Map.entry(Refusal.UNAUTHORIZED, "Unauthorized"),
          Map.entry(Refusal.FORBIDDEN, "Forbidden"),
          Map.entry(Refusal.NOT_FOUND, "Not Found"),
          Map.entry(Refusal.NOT_ACCEPTABLE, "Not Acceptable"),
          Map.entry(Refusal.CONFLICT, "Conflict"),
          Map.entry(Refusal.PRECONDITION_FAILED, "Precondition Failed"),
          Map.entry(Refusal.CONTENT_TOO_LARGE, "Content Too Large"),
          Map.entry(Refusal.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type"),
          Map.entry(Refusal.BUSINESS_RULE, "Unprocessable Content"),
          Map.entry(Refusal.PRECONDITION_REQUIRED, "Precondition Required"),
          Map.entry(Refusal.TOO_MANY_REQUESTS, "Too Many Requests"));

  private static final Map<Refusal, String> DETAILS =
      Map.ofEntries(
          Map.entry(Refusal.BAD_REQUEST, "The request has 1 invalid field."),
          Map.entry(Refusal.UNAUTHORIZED, "Sign in: this needs a valid bearer token."),
          Map.entry(Refusal.FORBIDDEN, "Your role does not allow this."),
          Map.entry(Refusal.NOT_FOUND, "There is no such firm."),
          Map.entry(Refusal.NOT_ACCEPTABLE, "This answers with application/json only."),
          Map.entry(Refusal.CONFLICT, "The plan was already submitted."),
          Map.entry(
              Refusal.PRECONDITION_FAILED,
              "The firm was changed since you read it: read it again."),
          Map.entry(Refusal.CONTENT_TOO_LARGE, "The request is larger than 1048576 bytes."),
          Map.entry(Refusal.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."),
          Map.entry(
              Refusal.BUSINESS_RULE,
              "Own contribution and committed amounts exceed the plan's total."),
          Map.entry(
              Refusal.PRECONDITION_REQUIRED,
              "Send If-Match with the ETag of the version you changed."),
          Map.entry(Refusal.TOO_MANY_REQUESTS, "Too many requests: try again in 12 seconds."));

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

  private ProblemResponses() {}

  /**
   * The refusals of an operation, by rules kept simple on purpose (a refusal listed that a call
   * rarely meets costs a client nothing; one missing surprises it):
   *
   * <ul>
   *   <li>400 when it takes a request body or any parameter (path, query, header);
   *   <li>401 and 403 when it needs a token;
   *   <li>404 when its path names a record ({@code {id}});
   *   <li>409 when it changes something: a POST, PUT or DELETE that needs a token (the public POST,
   *       the match preview, changes nothing);
   *   <li>412 and 428 when it reads If-Match;
   *   <li>413 and 415 when it takes a request body;
   *   <li>422 when it is a POST or PUT that needs a token (a business rule may refuse it);
   *   <li>429 when it is rate limited;
   *   <li>406 when none of these apply: every operation answers it to an Accept header without its
   *       media type, but it is listed only where it is the one refusal, so that each operation
   *       names at least one.
   * </ul>
   */
  static List<Refusal> of(ResourceOperation facts, Operation operation) {
    boolean body = facts.body().isPresent() || operation.getRequestBody() != null;
    boolean parameters =
        facts.takesParameters()
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean changing = CHANGING.contains(facts.method()) && facts.secured();
    List<Refusal> refusals = new ArrayList<>();
    if (body || parameters) {
      refusals.add(Refusal.BAD_REQUEST);
    }
    if (facts.secured()) {
      refusals.add(Refusal.UNAUTHORIZED);
      refusals.add(Refusal.FORBIDDEN);
    }
    if (facts.namesARecord()) {
      refusals.add(Refusal.NOT_FOUND);
    }
    if (changing) {
      refusals.add(Refusal.CONFLICT);
    }
    if (facts.readsIfMatch()) {
      refusals.add(Refusal.PRECONDITION_FAILED);
    }
    if (body) {
      refusals.add(Refusal.CONTENT_TOO_LARGE);
      refusals.add(Refusal.UNSUPPORTED_MEDIA_TYPE);
    }
    if (changing && !facts.method().equals("DELETE")) {
      refusals.add(Refusal.BUSINESS_RULE);
    }
    if (facts.readsIfMatch()) {
      refusals.add(Refusal.PRECONDITION_REQUIRED);
    }
    if (facts.rateLimited()) {
      refusals.add(Refusal.TOO_MANY_REQUESTS);
    }
    if (refusals.isEmpty()) {
      refusals.add(Refusal.NOT_ACCEPTABLE);
    }
    return refusals;
  }

  /** The {@code Problem} schema and one shared response per refusal. */
  static void describe(Components components) {
    components.addSchema(SCHEMA, problemSchema());
    for (Refusal refusal : Refusal.values()) {
      components.addResponse(refusal.component, response(refusal));
    }
  }

  /** A reference to the shared response of {@code refusal}. */
  static APIResponse reference(Refusal refusal) {
    return OASFactory.createAPIResponse().ref(refusal.component);
  }

  private static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description("One invalid input, to show beside the field")
            .addProperty(
                "field", text("JSON path of the field, e.g. `plan.capexLines[0].amountEur`"))
            .addProperty("reason", text("Why it is invalid, in the caller's language"))
            .addRequired("field")
            .addRequired("reason");
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem detail. Title and detail are in the language of"
                + " Accept-Language (Dutch or English).")
        .addProperty(
            "type", text("A URI naming the kind of problem; its page explains it").format("uri"))
        .addProperty("title", text("The status's short title"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int32")
                .description("The HTTP status"))
        .addProperty("detail", text("What went wrong with this request, for a person"))
        .addProperty(
            "instance", text("The path of the request that failed").format("uri-reference"))
        .addProperty(
            "requestId",
            text("The request's id (also in X-Request-Id): quote it when asking for support"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .description("Each invalid field, for a 400")
                .items(fieldError))
        .addRequired("type")
        .addRequired("title")
        .addRequired("status");
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(SchemaType.STRING).description(description);
  }

  private static APIResponse response(Refusal refusal) {
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(refusal.description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(SCHEMA))
                            .example(example(refusal))));
    if (refusal == Refusal.TOO_MANY_REQUESTS) {
      response.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before the next request")
              .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64")));
    }
    return response;
  }

  private static Map<String, Object> example(Refusal refusal) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", refusal.type);
    example.put("title", TITLES.get(refusal));
    example.put("status", refusal.status);
    example.put("detail", DETAILS.get(refusal));
    example.put("instance", INSTANCE);
    example.put("requestId", REQUEST_ID);
    if (refusal == Refusal.BAD_REQUEST) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", "legalName");
      error.put("reason", "Use at most 200 characters.");
      example.put("errors", List.of(error));
    }
    return example;
  }
}
