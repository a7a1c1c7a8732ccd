package nl.maakmatch.api.openapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara builds from the resources, so that it passes a linter
 * (Redocly's recommended rules) and a client generator makes good code of it. Registered with
 * {@code mp.openapi.filter}; Payara runs it once, on the first request for {@code /openapi}.
 *
 * <ul>
 *   <li><b>Info</b>: title, version, a description of authentication, errors, versioning,
 *       concurrency and webhooks, the contact and the licence.
 *   <li><b>Servers</b>: one, this installation's origin ({@code maakmatch.portal.origin}) without a
 *       trailing slash, or {@code /} for a loopback origin; the paths carry {@code /api/v1}
 *       themselves.
 *   <li><b>Security</b>: the schemes {@code bearer} (HTTP, JWT) and {@code openIdConnect} (the
 *       realm's discovery document, {@code maakmatch.oidc.issuer} + {@code
 *       /.well-known/openid-configuration}). An operation that requires a role
 *       ({@code @RolesAllowed} on it or its class, unless {@code @PermitAll}) takes either; an open
 *       one says {@code security: [{}]}, "no token needed" (an empty list would say the same, but
 *       Payara's writer leaves empty lists out).
 *   <li><b>Operation ids</b> from {@link ApiOperations}, keyed by {@code "METHOD /path"}.
 *   <li><b>Responses</b>: the success status from the same table where Payara gave none (its {@code
 *       default} becomes that status), and the problem+json refusals by the rules of {@link
 *       ProblemResponses#of}: 400 with a body or parameters, 401/403 with a role, 404 with a record
 *       in the path, 409 for a POST/PUT/DELETE that needs a role, 412/428 with If-Match, 413/415
 *       with a body, 422 for a POST/PUT that needs a role, 429 when rate limited, and 406 where
 *       none of these applies.
 *   <li><b>Tags</b>: one per name (each resource repeats its own), each with a description.
 *   <li><b>Schemas</b>: the Bean Validation constraints of the request records ({@link
 *       ConstraintSchemas}).
 *   <li>Payara's top-level {@code endpoints} map, which is not OpenAPI, is emptied so that its
 *       writer leaves it out.
 * </ul>
 */
public class MaakMatchOpenApiFilter implements OASFilter {

  static final String BEARER = "bearer";
  static final String OPENID_CONNECT = "openIdConnect";

  private static final Logger LOG = Logger.getLogger(MaakMatchOpenApiFilter.class.getName());

  private static final String TITLE = "MaakMatch API";
  private static final String VERSION = "v1";
  private static final String DESCRIPTION =
      """
      Financing matchmaking for Dutch MKB manufacturers: the instrument catalogue, eligibility \
      with reasons, and financing stacks within state-aid rules; for firms, the advisers of the \
      regional development agencies, and financiers.

      **Authentication.** Send an access token of the MaakMatch realm as \
      `Authorization: Bearer <token>`. People sign in through the portal (authorization code \
      with PKCE); a financier's own system takes a token with the client-credentials grant of \
      the client MaakMatch registered for its organisation. Each operation names the roles it \
      needs; the catalogue, the match preview and the sign-in status need none.

      **Errors** are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, \
      `detail`, `instance`, `requestId` and, for invalid input, `errors` naming each field. \
      Titles and details follow `Accept-Language` (`nl`, `en`).

      **Versions.** Paths begin with `/api/v1`. Within v1, fields and operations are only \
      added, never removed or renamed: ignore fields you do not know. Removals and renames come \
      in `/api/v2`, served beside v1 for a deprecation period.

      **Concurrency.** Versioned records answer with an `ETag`; a change sends it back in \
      `If-Match`, and a stale one is refused with 412.

      **Webhooks.** A financier organisation may have its events posted to its own https \
      address, each signed `X-MaakMatch-Signature: sha256=<hex>` (HMAC-SHA256 of the body under \
      the organisation's secret); the event log replays what was missed.
      """;

  private static final String DEFAULT_ISSUER = "http://localhost:8180/realms/maakmatch";
  private static final String DEFAULT_ORIGIN = "http://localhost:8080";

  /** Descriptions for tags whose resources give none. */
  private static final Map<String, String> TAG_DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("Administration", "Break-glass reading and guidance assignment (admin)"),
          Map.entry("Advisers", "ROM advisers and the firms they guide"),
          Map.entry("Catalogue", "Financing instruments for MKB manufacturers"),
          Map.entry("Deals", "Plans shared with a financier's organisation"),
          Map.entry(
              "Documents",
              "Documents attached to a plan: business plan, annual accounts, machine quotes"),
          Map.entry("Firms", "MKB firms and their figures"),
          Map.entry("Introductions", "Plans introduced to financiers, answers and offers"),
          Map.entry("Matching", "Eligibility with reasons and financing stacks"),
          Map.entry("Notifications", "What the signed-in user is asked to act on"),
          Map.entry("Organisations", "Banks, investors and ROMs"),
          Map.entry("Plans", "Investment plans of a firm"),
          Map.entry("Sign-in", "Whether new sign-ins are possible"),
          Map.entry("Webhooks", "A financier's own system told of every event"));

  private final String issuer;
  private final String origin;

  /** As Payara creates it: the realm and the origin come from MicroProfile Config. */
  public MaakMatchOpenApiFilter() {
    this(null, null);
  }

  /**
   * @param issuer the realm's issuer URL; null to read {@code maakmatch.oidc.issuer}
   * @param origin this installation's origin; null to read {@code maakmatch.portal.origin}
   */
  MaakMatchOpenApiFilter(String issuer, String origin) {
    this.issuer = issuer;
    this.origin = origin;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    String realm = withoutTrailingSlash(issuer != null ? issuer : setting("maakmatch.oidc.issuer"));
    String server =
        withoutTrailingSlash(origin != null ? origin : setting("maakmatch.portal.origin"));
    describe(openAPI);
    openAPI.setServers(new ArrayList<>(List.of(server(server))));
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    addSecuritySchemes(components, realm);
    ProblemResponses.describe(components);

    List<ResourceOperation> declared = ResourceOperations.of(ApiOperations.RESOURCES);
    Map<String, ResourceOperation> byKey = new HashMap<>();
    declared.forEach(o -> byKey.put(o.key(), o));
    Set<String> tagsUsed = new TreeSet<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .forEach(
              (path, item) -> {
                if (item.getOperations() == null) {
                  return;
                }
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          String key = method.name() + " " + path;
                          complete(key, operation, byKey.get(key));
                          ResponseSchemas.complete(components, operation, byKey.get(key));
                          if (operation.getTags() != null) {
                            tagsUsed.addAll(operation.getTags());
                          }
                        });
              });
    }
    openAPI.setTags(tags(openAPI.getTags(), tagsUsed));
    RecordSchemas.typeBareProperties(components, ResourceOperations.records(declared));
    SchemaTidying.apply(openAPI);
    ConstraintSchemas.apply(components, ResourceOperations.requestRecords(declared));
    SchemaDescriptions.load().apply(components);
    forgetPayaraEndpoints(openAPI);
  }

  private static void describe(OpenAPI openAPI) {
    Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
    openAPI.setInfo(
        info.title(TITLE)
            .version(VERSION)
            .description(DESCRIPTION)
            .contact(
                OASFactory.createContact()
                    .name("MaakMatch API support")
                    .url("https://maakmatch.nl/contact")
                    .email("api@maakmatch.nl"))
            .license(
                OASFactory.createLicense()
                    .name("Proprietary: MaakMatch API terms of use")
                    .url("https://maakmatch.nl/api-terms")));
  }

  /**
   * The installation's origin, so that a generated client points at it; on a developer's machine (a
   * loopback origin) the relative {@code /}, which linters accept where they flag localhost.
   */
  static Server server(String origin) {
    String host;
    try {
      host = URI.create(origin).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    boolean local =
        host == null
            || host.equals("localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1");
    return OASFactory.createServer()
        .url(local ? "/" : origin)
        .description("This MaakMatch installation");
  }

  private static void addSecuritySchemes(Components components, String realm) {
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "An access token of the MaakMatch realm for the audience maakmatch-api: a"
                    + " person's, from signing in, or a financier system's, from the"
                    + " client-credentials grant of its organisation's client"));
    components.addSecurityScheme(
        OPENID_CONNECT,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.OPENIDCONNECT)
            .openIdConnectUrl(realm + "/.well-known/openid-configuration")
            .description("Sign in through the MaakMatch realm (authorization code with PKCE)"));
  }

  private static void complete(String key, Operation operation, ResourceOperation facts) {
    ApiOperations.Entry entry = ApiOperations.find(key).orElse(null);
    if (entry == null) {
      // ApiOperationsTest keeps this from happening; the document stays valid meanwhile
      LOG.warning("event=openapi.unlisted operation=\"" + key + "\"");
    } else {
      operation.setOperationId(entry.operationId());
    }
    if (isBlank(operation.getSummary()) && entry != null) {
      operation.setSummary(sentence(entry.operationId()));
    }
    ParameterSchemas.apply(operation, facts);
    boolean secured = facts == null || facts.secured();
    operation.setSecurity(security(secured));
    if (isBlank(operation.getDescription()) && facts != null) {
      operation.setDescription(access(facts));
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    ensureSuccess(responses, entry == null ? 200 : entry.successStatus());
    if (facts != null) {
      for (ProblemResponses.Refusal refusal : ProblemResponses.of(facts, operation)) {
        if (!has(responses, refusal.code())) {
          responses.addAPIResponse(refusal.code(), ProblemResponses.reference(refusal));
        }
      }
    }
  }

  /** Either scheme for an operation that needs a role; "no token needed" for an open one. */
  private static List<SecurityRequirement> security(boolean secured) {
    List<SecurityRequirement> requirements = new ArrayList<>();
    if (secured) {
      requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
      requirements.add(OASFactory.createSecurityRequirement().addScheme(OPENID_CONNECT));
    } else {
      requirements.add(OASFactory.createSecurityRequirement());
    }
    return requirements;
  }

  private static String access(ResourceOperation facts) {
    if (!facts.secured()) {
      return "Open to anyone: no token needed.";
    }
    List<String> roles = facts.roles().stream().map(r -> "`" + r + "`").toList();
    if (roles.isEmpty()) {
      return "Needs a token.";
    }
    String named =
        roles.size() == 1
            ? roles.get(0)
            : String.join(", ", roles.subList(0, roles.size() - 1))
                + " or "
                + roles.get(roles.size() - 1);
    return "Needs a token with the role " + named + ".";
  }

  /**
   * Payara describes a success it knows nothing about as {@code default}; a client generator needs
   * the status, so the success answer moves there (a 204 without a body).
   */
  private static void ensureSuccess(APIResponses responses, int status) {
    Map<String, APIResponse> all = responses.getAPIResponses();
    if (all != null && all.keySet().stream().anyMatch(code -> code.startsWith("2"))) {
      return;
    }
    APIResponse success = all == null ? null : all.get(APIResponses.DEFAULT);
    if (success == null) {
      success = OASFactory.createAPIResponse();
    } else {
      responses.removeAPIResponse(APIResponses.DEFAULT);
    }
    if (status == 204) {
      success.setContent(null);
    }
    if (isBlank(success.getDescription()) || success.getDescription().startsWith("Default")) {
      success.setDescription(
          switch (status) {
            case 201 -> "Created";
            case 204 -> "Done; no content";
            default -> "OK";
          });
    }
    responses.addAPIResponse(String.valueOf(status), success);
  }

  private static boolean has(APIResponses responses, String code) {
    return responses.getAPIResponses() != null && responses.getAPIResponses().containsKey(code);
  }

  /** One tag per name, in name order, each with the first description given or a central one. */
  private static List<Tag> tags(List<Tag> declared, Set<String> used) {
    Map<String, String> descriptions = new TreeMap<>();
    if (declared != null) {
      for (Tag tag : declared) {
        if (tag.getName() != null && isBlank(descriptions.get(tag.getName()))) {
          descriptions.put(tag.getName(), tag.getDescription());
        }
      }
    }
    used.forEach(name -> descriptions.putIfAbsent(name, null));
    List<Tag> tags = new ArrayList<>();
    descriptions.forEach(
        (name, description) ->
            tags.add(
                OASFactory.createTag()
                    .name(name)
                    .description(
                        isBlank(description)
                            ? TAG_DESCRIPTIONS.getOrDefault(name, name)
                            : description)));
    return tags;
  }

  /**
   * Payara adds a top-level {@code endpoints} map (context root to paths) that is no part of
   * OpenAPI; its writer leaves an empty map out. Another implementation has no such map.
   */
  static void forgetPayaraEndpoints(Object document) {
    Method setter;
    try {
      setter = document.getClass().getMethod("setEndpoints", Map.class);
    } catch (NoSuchMethodException e) {
      return;
    }
    try {
      setter.invoke(document, new LinkedHashMap<String, Set<String>>());
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      LOG.log(Level.WARNING, "event=openapi.endpoints-kept", e);
    }
  }

  private static String setting(String key) {
    String fallback = key.equals("maakmatch.oidc.issuer") ? DEFAULT_ISSUER : DEFAULT_ORIGIN;
    try {
      return ConfigProvider.getConfig(MaakMatchOpenApiFilter.class.getClassLoader())
          .getOptionalValue(key, String.class)
          .filter(value -> !value.isBlank())
          .orElse(fallback);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=openapi.setting-unread key=" + key, e);
      return fallback;
    }
  }

  /** {@code listPlanComments} as "List plan comments". */
  static String sentence(String operationId) {
    String words =
        operationId
            .chars()
            .mapToObj(
                c ->
                    Character.isUpperCase(c)
                        ? " " + Character.toLowerCase((char) c)
                        : String.valueOf((char) c))
            .collect(Collectors.joining());
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String withoutTrailingSlash(String url) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
