package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.maakmatch.api.Limits;
import nl.maakmatch.domain.webhook.WebhookSecret;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter on the whole API as Payara describes it, built through OASFactory (SmallRye). */
class MaakMatchOpenApiFilterTest {

  private static final String ISSUER = "http://localhost:8180/realms/maakmatch/";

  private OpenAPI document;

  @BeforeEach
  void filterTheWholeApi() {
    document = PayaraLikeDocuments.theWholeApi();
    new MaakMatchOpenApiFilter(ISSUER, "http://localhost:8080/").filterOpenAPI(document);
  }

  @Test
  void typesPathParametersAsTheResourceMethodsReadThem() {
    Operation download =
        operation("GET /api/v1/firms/{firmId}/plans/{planId}/documents/{documentId}");
    assertThat(download.getParameters())
        .allSatisfy(
            p -> {
              assertThat(p.getSchema().getType()).as(p.getName()).isEqualTo(SchemaType.STRING);
              assertThat(p.getSchema().getFormat()).as(p.getName()).isEqualTo("uuid");
            });
    Operation organisation = operation("GET /api/v1/organisations/{code}/statistics");
    assertThat(organisation.getParameters().get(0).getSchema().getType())
        .isEqualTo(SchemaType.STRING);
    assertThat(organisation.getParameters().get(0).getSchema().getFormat()).isNull();
  }

  @Test
  void givesEveryOperationItsIdFromTheTable() {
    List<String> ids = new ArrayList<>();
    everyOperation(
        (key, operation) -> {
          assertThat(operation.getOperationId())
              .as(key)
              .isEqualTo(ApiOperations.find(key).orElseThrow().operationId());
          ids.add(operation.getOperationId());
        });
    assertThat(ids).hasSize(ApiOperations.table().size()).doesNotHaveDuplicates();
  }

  @Test
  void everyOperationStatesItsSecurityASuccessAndARefusal() {
    everyOperation(
        (key, operation) -> {
          assertThat(operation.getSecurity()).as(key).isNotEmpty();
          assertThat(operation.getSummary()).as(key).isNotBlank();
          assertThat(operation.getResponses().getAPIResponses().keySet())
              .as(key)
              .anyMatch(code -> code.startsWith("2"))
              .anyMatch(code -> code.startsWith("4"))
              .doesNotContain("default");
        });
  }

  @Test
  void openOperationsNeedNoToken() {
    Operation catalogue = operation("GET /api/v1/instruments");
    assertThat(catalogue.getSecurity()).hasSize(1);
    assertThat(schemes(catalogue.getSecurity().get(0))).isEmpty();
    assertThat(catalogue.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
    assertThat(catalogue.getDescription()).isEqualTo("Open to anyone: no token needed.");
  }

  @Test
  void operationsThatNeedARoleTakeABearerTokenOrAnOpenIdConnectSignIn() {
    Operation inbox = operation("GET /api/v1/introductions");
    assertThat(inbox.getSecurity())
        .extracting(MaakMatchOpenApiFilterTest::schemes)
        .containsExactly(List.of("bearer"), List.of("openIdConnect"));
    assertThat(inbox.getResponses().getAPIResponses()).containsKeys("401", "403");
    assertThat(inbox.getDescription())
        .isEqualTo("Needs a token with the role `firm`, `adviser` or `financier`.");
  }

  @Test
  void definesBothSchemesWithTheRealmsDiscoveryDocument() {
    Map<String, SecurityScheme> schemes = document.getComponents().getSecuritySchemes();
    assertThat(schemes.get("bearer").getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(schemes.get("bearer").getScheme()).isEqualTo("bearer");
    assertThat(schemes.get("bearer").getBearerFormat()).isEqualTo("JWT");
    assertThat(schemes.get("openIdConnect").getType()).isEqualTo(SecurityScheme.Type.OPENIDCONNECT);
    assertThat(schemes.get("openIdConnect").getOpenIdConnectUrl())
        .isEqualTo("http://localhost:8180/realms/maakmatch/.well-known/openid-configuration");
  }

  @Test
  void aVersionedChangeListsEveryRefusalItCanMeet() {
    assertThat(refusals("PUT /api/v1/firms/{firmId}/plans/{planId}"))
        .containsExactlyInAnyOrder(
            "400", "401", "403", "404", "409", "412", "413", "415", "422", "428");
  }

  @Test
  void thePreviewIsRefusedForBadInputAndTooManyRequestsOnly() {
    assertThat(refusals("POST /api/v1/match/preview"))
        .containsExactlyInAnyOrder("400", "413", "415", "429");
    APIResponse tooMany =
        document
            .getComponents()
            .getResponses()
            .get(ProblemResponses.Refusal.TOO_MANY_REQUESTS.component);
    assertThat(tooMany.getHeaders()).containsKey("Retry-After");
  }

  @Test
  void aDeleteMayConflictButBreaksNoBusinessRuleAndTakesNoBody() {
    assertThat(refusals("DELETE /api/v1/organisations/{code}/webhook"))
        .containsExactlyInAnyOrder("400", "401", "403", "404", "409", "412", "428");
  }

  @Test
  void aListWithoutParametersCanOnlyBeRefusedTheCaller() {
    assertThat(refusals("GET /api/v1/introductions")).containsExactlyInAnyOrder("401", "403");
  }

  @Test
  void anOperationNothingElseCanRefuseListsNotAcceptable() {
    assertThat(refusals("GET /api/v1/login-status")).containsExactly("406");
  }

  @Test
  void refusalsReferToSharedProblemResponses() {
    APIResponse notFound =
        operation("GET /api/v1/instruments/{id}").getResponses().getAPIResponse("404");
    assertThat(notFound.getRef()).isEqualTo("#/components/responses/NotFound");
    APIResponse shared = document.getComponents().getResponses().get("NotFound");
    assertThat(shared.getContent().getMediaType("application/problem+json").getSchema().getRef())
        .isEqualTo("#/components/schemas/Problem");
    @SuppressWarnings("unchecked")
    Map<String, Object> example =
        (Map<String, Object>)
            shared.getContent().getMediaType("application/problem+json").getExample();
    assertThat(example).containsEntry("status", 404).containsKeys("type", "title", "detail");
  }

  @Test
  void theProblemSchemaHasTheFieldsOfEveryAnswer() {
    Schema problem = document.getComponents().getSchemas().get("Problem");
    assertThat(problem.getProperties())
        .containsOnlyKeys("type", "title", "status", "detail", "instance", "requestId", "errors");
    assertThat(problem.getProperties().get("errors").getItems().getProperties())
        .containsOnlyKeys("field", "reason");
  }

  @Test
  void aSuccessGetsTheStatusTheOperationAnswersWith() {
    assertThat(operation("POST /api/v1/firms").getResponses().getAPIResponses())
        .containsKey("201")
        .doesNotContainKeys("200", "default");
    APIResponse done =
        operation("DELETE /api/v1/firms/{id}/guidance").getResponses().getAPIResponse("204");
    assertThat(done.getContent()).isNull();
    assertThat(operation("GET /api/v1/deals").getResponses().getAPIResponses()).containsKey("200");
  }

  @Test
  void namesOneServerWithoutATrailingSlash() {
    OpenAPI production = PayaraLikeDocuments.theWholeApi();
    new MaakMatchOpenApiFilter(ISSUER, "https://maakmatch.example.nl/").filterOpenAPI(production);
    assertThat(production.getServers()).hasSize(1);
    assertThat(production.getServers().get(0).getUrl()).isEqualTo("https://maakmatch.example.nl");
  }

  @Test
  void namesADevelopersMachineRelatively() {
    assertThat(document.getServers()).hasSize(1);
    assertThat(document.getServers().get(0).getUrl()).isEqualTo("/");
    assertThat(MaakMatchOpenApiFilter.server("http://127.0.0.1:8080").getUrl()).isEqualTo("/");
  }

  @Test
  void describesTheApiWithContactAndLicence() {
    assertThat(document.getInfo().getTitle()).isEqualTo("MaakMatch API");
    assertThat(document.getInfo().getDescription()).contains("/api/v2", "X-MaakMatch-Signature");
    assertThat(document.getInfo().getLicense().getName()).isNotBlank();
    assertThat(document.getInfo().getLicense().getUrl()).startsWith("https://");
    assertThat(document.getInfo().getContact().getEmail()).contains("@");
  }

  @Test
  void listsEachTagOnceWithADescription() {
    List<Tag> tags = document.getTags();
    assertThat(tags).extracting(Tag::getName).doesNotHaveDuplicates().contains("Administration");
    assertThat(tags).allSatisfy(tag -> assertThat(tag.getDescription()).isNotBlank());
    assertThat(tags)
        .filteredOn(tag -> tag.getName().equals("Matching"))
        .extracting(Tag::getDescription)
        .containsExactly("Eligibility with reasons and financing stacks");
  }

  @Test
  void dropsPayarasEndpointsMap() {
    assertThat(((PayaraLikeDocuments.OpenAPIWithEndpoints) document).getEndpoints()).isEmpty();
  }

  @Test
  void writesTheFirmsConstraintsIntoItsSchema() {
    Schema firm = schema("FirmRequest");
    assertThat(firm.getRequired())
        .contains("kvkNumber", "legalName", "sbiCodes", "province", "foundedOn")
        // stated flat among the firm's fields and checked as its figures
        .contains("employees", "annualTurnoverEur", "balanceSheetTotalEur")
        .doesNotContain("startUp", "relations")
        .doesNotHaveDuplicates();
    assertThat(property(firm, "kvkNumber").getPattern()).isEqualTo("^(?:\\d{8})$");
    assertThat(property(firm, "legalName").getMaxLength()).isEqualTo(200);
    assertThat(property(firm, "legalName").getMinLength()).isEqualTo(1);
    assertThat(property(firm, "legalName").getPattern()).isEqualTo("^(?:[^\\r\\n\\t]*)$");
    assertThat(property(firm, "sbiCodes").getMinItems()).isEqualTo(1);
    assertThat(property(firm, "sbiCodes").getMaxItems()).isEqualTo(20);
    assertThat(property(firm, "employees").getMinimum()).isEqualByComparingTo("0");
    assertThat(property(firm, "employees").getMaximum()).isEqualByComparingTo("1000000");
    assertThat(property(firm, "annualTurnoverEur").getMinimum()).isEqualByComparingTo("0");
    assertThat(property(firm, "annualTurnoverEur").getMaximum())
        .isEqualByComparingTo(BigDecimal.valueOf(Limits.MAX_EUR));
    assertThat(property(firm, "publicBodyOwnershipPct").getMaximum()).isEqualByComparingTo("100");
  }

  @Test
  void aConstraintOfAnotherGroupCountsOnlyWhereThePartIsValidatedInIt() {
    // the preview states its total, so its financing is checked in the group that requires it
    Schema preview = schema("PlanInput");
    assertThat(preview.getRequired()).contains("totalInvestmentEur", "purposes", "startsOn");
    assertThat(property(preview, "totalInvestmentEur").getMinimum()).isEqualByComparingTo("0");
    assertThat(property(preview, "totalInvestmentEur").getExclusiveMinimum()).isTrue();
    // a stored plan derives its total from its lines: no such field, nothing required of it
    Schema plan = schema("PlanRequest");
    assertThat(plan.getProperties()).doesNotContainKey("totalInvestmentEur");
    assertThat(plan.getRequired()).contains("ownContributionEur", "title", "capexLines");
  }

  @Test
  void mapsExclusiveBoundsLengthsOfSecretsAndNestedRecords() {
    Schema relation = schema("LinkedEnterpriseInput");
    assertThat(property(relation, "sharePct").getMinimum()).isEqualByComparingTo("0");
    assertThat(property(relation, "sharePct").getExclusiveMinimum()).isTrue();
    assertThat(property(relation, "sharePct").getExclusiveMaximum()).isNull();

    Schema webhook = schema("WebhookRequest");
    assertThat(property(webhook, "secret").getMinLength()).isEqualTo(WebhookSecret.MIN_LENGTH);
    assertThat(property(webhook, "secret").getMaxLength()).isEqualTo(WebhookSecret.MAX_LENGTH);

    Schema reason = schema("Reason");
    assertThat(property(reason, "reason").getMinLength()).isEqualTo(10);

    Schema preview = schema("PreviewRequest");
    assertThat(preview.getRequired()).containsExactlyInAnyOrder("firm", "plan");
    // a reference takes no siblings
    assertThat(property(preview, "firm").getMinLength()).isNull();
  }

  @Test
  void namesOperationsWithoutASummaryByTheirId() {
    assertThat(MaakMatchOpenApiFilter.sentence("listPlanComments")).isEqualTo("List plan comments");
  }

  private void everyOperation(BiConsumer<String, Operation> check) {
    document
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> check.accept(method + " " + path, operation)));
  }

  private Operation operation(String key) {
    String[] parts = key.split(" ", 2);
    return document
        .getPaths()
        .getPathItem(parts[1])
        .getOperations()
        .get(PathItem.HttpMethod.valueOf(parts[0]));
  }

  private List<String> refusals(String key) {
    return operation(key).getResponses().getAPIResponses().keySet().stream()
        .filter(code -> code.startsWith("4"))
        .toList();
  }

  private Schema schema(String name) {
    Schema schema = document.getComponents().getSchemas().get(name);
    assertThat(schema).as(name).isNotNull();
    return schema;
  }

  private static Schema property(Schema schema, String name) {
    Schema property = schema.getProperties().get(name);
    assertThat(property).as(name).isNotNull();
    return property;
  }

  private static List<String> schemes(SecurityRequirement requirement) {
    return requirement.getSchemes() == null
        ? List.of()
        : List.copyOf(requirement.getSchemes().keySet());
  }
}
