package nl.maakmatch.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm files in docker/keycloak, read as JSON: what must hold before Keycloak sees them. */
class RealmFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode demo = read(Path.of("docker", "keycloak", "maakmatch-realm.json"));
  private final JsonNode production =
      read(Path.of("docker", "keycloak", "production", "maakmatch-realm.json"));

  @Test
  void productionRealmHasNoDirectGrantClientAndNoUsers() {
    assertThat(clientIds(production)).containsExactly("maakmatch-portal");
    assertThat(production.has("users")).isFalse();
    production
        .path("clients")
        .forEach(
            client -> assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse());
  }

  @Test
  void productionRealmIsTheDemoRealmWithoutTestClientsAndDemoUsers() {
    ObjectNode stripped = demo.deepCopy();
    stripped.remove("users");
    ArrayNode clients = (ArrayNode) stripped.path("clients");
    for (int i = clients.size() - 1; i >= 0; i--) {
      if (demoOnly(clients.get(i).path("clientId").asText())) {
        clients.remove(i);
      }
    }
    assertThat(production).isEqualTo(stripped);
  }

  @Test
  void portalUsesTheCodeFlowWithPkceAndNoPasswords() {
    JsonNode portal = client(demo, "maakmatch-portal");
    assertThat(portal.path("publicClient").asBoolean()).isTrue();
    assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
  }

  /** The test clients and the demo financiers' systems, which a real deployment must not have. */
  private static boolean demoOnly(String clientId) {
    return clientId.startsWith("maakmatch-test") || clientId.endsWith("-demo-system");
  }

  @Test
  void aFinanciersSystemIsAConfidentialClientBoundToItsOrganisation() {
    JsonNode system = client(demo, "rabobank-demo-system");
    assertThat(system.path("publicClient").asBoolean()).isFalse();
    assertThat(system.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(system.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(system.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(system.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(system.path("secret").asText()).isNotBlank();
    assertThat(mappers(system))
        .containsExactlyInAnyOrder(
            "oidc-usermodel-realm-role-mapper groups",
            "oidc-audience-mapper maakmatch-api",
            "oidc-hardcoded-claim-mapper organisation");
    for (JsonNode mapper : system.path("protocolMappers")) {
      if (mapper.path("protocolMapper").asText().equals("oidc-hardcoded-claim-mapper")) {
        assertThat(mapper.path("config").path("claim.value").asText()).isEqualTo("rabobank-demo");
      }
    }
    // its service account is a financier, and nothing else (no default role: not a firm)
    JsonNode account = user("service-account-rabobank-demo-system");
    assertThat(account.path("serviceAccountClientId").asText()).isEqualTo("rabobank-demo-system");
    assertThat(account.path("realmRoles").toString()).isEqualTo("[\"financier\"]");
  }

  @Test
  void everyClientPutsRolesAudienceAndAttributesInItsTokens() {
    demo.path("clients")
        .forEach(
            client -> {
              if (client.path("serviceAccountsEnabled").asBoolean()) {
                // a system's organisation is fixed by its client, checked above
                return;
              }
              // the one exception, on purpose: tests check that the API refuses its tokens
              String audience =
                  client.path("clientId").asText().equals("maakmatch-test-other-audience")
                      ? "other-api"
                      : "maakmatch-api";
              assertThat(mappers(client))
                  .as(client.path("clientId").asText())
                  .containsExactlyInAnyOrder(
                      "oidc-usermodel-realm-role-mapper groups",
                      "oidc-audience-mapper " + audience,
                      "oidc-usermodel-attribute-mapper rom_region",
                      "oidc-usermodel-attribute-mapper organisation");
            });
  }

  private static List<String> mappers(JsonNode client) {
    List<String> mappers = new ArrayList<>();
    for (JsonNode mapper : client.path("protocolMappers")) {
      JsonNode config = mapper.path("config");
      mappers.add(
          mapper.path("protocolMapper").asText()
              + " "
              + config.path("claim.name").asText(config.path("included.custom.audience").asText()));
    }
    return mappers;
  }

  @Test
  void newUsersBecomeFirms() {
    assertThat(demo.path("registrationAllowed").asBoolean()).isTrue();
    assertThat(demo.path("defaultRole").path("name").asText()).isEqualTo("default-roles-maakmatch");
    JsonNode defaultRoles = null;
    for (JsonNode role : demo.path("roles").path("realm")) {
      if (role.path("name").asText().equals("default-roles-maakmatch")) {
        defaultRoles = role;
      }
    }
    assertThat(defaultRoles).isNotNull();
    assertThat(defaultRoles.path("composites").path("realm").toString()).contains("\"firm\"");
  }

  @Test
  void onlyAdministratorsMaySetRegionAndOrganisation() throws IOException {
    JsonNode profile =
        JSON.readTree(
            demo.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .get(0)
                .path("config")
                .path("kc.user.profile.config")
                .get(0)
                .asText());
    for (JsonNode attribute : profile.path("attributes")) {
      String name = attribute.path("name").asText();
      if (name.equals("rom_region") || name.equals("organisation")) {
        assertThat(attribute.path("permissions").path("edit").toString())
            .as(name)
            .isEqualTo("[\"admin\"]");
      }
    }
    assertThat(profile.path("attributes").toString()).contains("rom_region", "organisation");
  }

  @Test
  void onlyTheSupportRoleManagesUsersAndKeycloakAuditsIt() {
    JsonNode admin = user("admin");
    JsonNode support = user("sanne");

    // the catalogue administrator cannot reset a financier's password and act as them
    assertThat(admin.path("clientRoles").path("realm-management").isMissingNode()).isTrue();
    assertThat(support.path("realmRoles").toString()).isEqualTo("[\"support\"]");
    assertThat(support.path("clientRoles").path("realm-management").toString())
        .contains("manage-users", "view-users");
    assertThat(demo.path("adminEventsEnabled").asBoolean()).isTrue();
    assertThat(demo.path("adminEventsDetailsEnabled").asBoolean()).isTrue();
  }

  private JsonNode user(String username) {
    for (JsonNode user : demo.path("users")) {
      if (user.path("username").asText().equals(username)) {
        return user;
      }
    }
    throw new AssertionError("no demo user " + username);
  }

  @Test
  void bruteForceProtectionIsOn() {
    assertThat(demo.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(demo.path("failureFactor").asInt()).isBetween(3, 10);
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (client.path("clientId").asText().equals(clientId)) {
        return client;
      }
    }
    throw new AssertionError("no client " + clientId);
  }

  private static List<String> clientIds(JsonNode realm) {
    List<String> ids = new ArrayList<>();
    realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
    return ids;
  }

  private static JsonNode read(Path relative) {
    try {
      return JSON.readTree(KeycloakSettings.findInRepository(relative).toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
