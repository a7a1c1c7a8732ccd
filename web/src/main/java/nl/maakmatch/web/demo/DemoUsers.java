package nl.maakmatch.web.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.user.Contact;
import nl.maakmatch.domain.user.UserDirectory;
import nl.maakmatch.matching.firm.Province;

/**
 * The users of the demo realm ({@code docker/keycloak/maakmatch-realm.json}) in the directory of
 * known users before they first sign in, with their addresses, so the demo's notifications reach
 * their mailboxes in the local mail catcher from the start. Eva reads English (her realm attribute
 * {@code locale} says so too); the others Dutch. A user already known keeps what their token said.
 */
final class DemoUsers {

  /**
   * @param language null when the user stated none (Dutch, the default)
   */
  private record DemoUser(
      String subject,
      String userName,
      Set<Role> roles,
      Province region,
      String organisation,
      Locale language) {

    Actor actor() {
      return new Actor(
          subject, roles, Optional.ofNullable(region), Optional.ofNullable(organisation));
    }

    Contact contact() {
      return Contact.of(userName + "@maakmatch.example", language);
    }
  }

  private static final List<DemoUser> ALL =
      List.of(
          new DemoUser(DemoData.ANNA, "anna", Set.of(Role.FIRM), null, null, null),
          new DemoUser(DemoData.BRAM, "bram", Set.of(Role.FIRM), null, null, null),
          new DemoUser(DemoData.CARLA, "carla", Set.of(Role.ADVISER), Province.NB, "bom", null),
          new DemoUser(DemoData.LARS, "lars", Set.of(Role.ADVISER), Province.LI, "liof", null),
          new DemoUser(
              "e0e0e0e0-0000-4000-8000-000000000005",
              "daan",
              Set.of(Role.FINANCIER),
              null,
              "rabobank-demo",
              null),
          new DemoUser(
              "f0f0f0f0-0000-4000-8000-000000000006",
              "eva",
              Set.of(Role.FINANCIER),
              null,
              "eva-capital-demo",
              Locale.ENGLISH),
          new DemoUser(
              "00a0a0a0-0000-4000-8000-000000000007",
              "admin",
              Set.of(Role.ADMIN),
              null,
              null,
              null),
          // support manages users in Keycloak's console: no MaakMatch role
          new DemoUser(
              "00a0a0a0-0000-4000-8000-000000005e5e", "sanne", Set.of(), null, null, null));

  private DemoUsers() {}

  /** Adds the demo users the directory lacks, and gives those known without one their address. */
  static void introduceTo(UserDirectory directory) {
    for (DemoUser user : ALL) {
      directory.introduce(user.actor(), Optional.of(user.userName()), user.contact());
    }
  }
}
