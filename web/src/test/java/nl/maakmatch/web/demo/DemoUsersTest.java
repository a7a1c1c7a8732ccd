package nl.maakmatch.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.user.Contact;
import nl.maakmatch.domain.user.UserDirectory;
import org.junit.jupiter.api.Test;

/** The demo users MaakMatch knows before they sign in are the demo realm's, as it has them. */
class DemoUsersTest {

  private static final Path REALM = Path.of("../docker/keycloak/maakmatch-realm.json");

  private record Introduced(Actor actor, Optional<String> userName, Contact contact) {}

  @Test
  void introducesEveryUserOfTheDemoRealmWithTheirIdRolesRegionOrganisationAndAddress()
      throws IOException {
    List<Introduced> introduced = introduced();

    List<JsonNode> users = new ArrayList<>();
    // a financier's system (a client's service account) is no person to mail: it is known from
    // its first call on
    new ObjectMapper()
        .readTree(REALM.toFile())
        .path("users")
        .forEach(
            user -> {
              if (!user.has("serviceAccountClientId")) {
                users.add(user);
              }
            });
    assertThat(introduced).hasSize(users.size());
    for (JsonNode user : users) {
      String name = user.path("username").asText();
      Introduced demo =
          introduced.stream()
              .filter(i -> i.userName().equals(Optional.of(name)))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + " is not introduced"));
      assertThat(demo.actor().subject()).as(name).isEqualTo(user.path("id").asText());
      assertThat(demo.contact().email()).as(name).contains(user.path("email").asText());
      assertThat(new TreeSet<>(demo.actor().roles().stream().map(Role::claim).toList()))
          .as(name)
          .isEqualTo(new TreeSet<>(roles(user)));
      JsonNode attributes = user.path("attributes");
      assertThat(demo.actor().romRegion().map(Enum::name))
          .as(name)
          .isEqualTo(text(attributes.path("rom_region")));
      assertThat(demo.actor().organisation())
          .as(name)
          .isEqualTo(text(attributes.path("organisation")));
      assertThat(demo.contact().language().map(Locale::getLanguage))
          .as(name)
          .isEqualTo(text(attributes.path("locale")));
    }
  }

  @Test
  void evaReadsEnglish() {
    List<Introduced> introduced = introduced();

    assertThat(introduced)
        .filteredOn(i -> i.contact().language().isPresent())
        .extracting(i -> i.userName().orElseThrow())
        .containsExactly("eva");
  }

  /** The realm roles that are MaakMatch roles (support works in Keycloak's console only). */
  private static List<String> roles(JsonNode user) {
    List<String> roles = new ArrayList<>();
    user.path("realmRoles").forEach(r -> roles.add(r.asText()));
    roles.remove("support");
    return roles;
  }

  private static List<Introduced> introduced() {
    List<Introduced> introduced = new ArrayList<>();
    DemoUsers.introduceTo(
        new UserDirectory() {
          @Override
          public void introduce(Actor actor, Optional<String> userName, Contact contact) {
            introduced.add(new Introduced(actor, userName, contact));
          }
        });
    return introduced;
  }

  private static Optional<String> text(JsonNode values) {
    return values.isArray() && values.size() > 0
        ? Optional.of(values.get(0).asText())
        : Optional.empty();
  }
}
