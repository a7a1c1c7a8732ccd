package nl.maakmatch.domain.user;

import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

  private static final Contact CARLAS_ADDRESS = Contact.of("carla@demo.example", null);

  private final Map<String, KnownUser> table = new HashMap<>();
  private final List<String> writes = new ArrayList<>();
  private boolean databaseDown;
  private final UserDirectory directory = directoryOverAMap();

  @Test
  void writesACallerOnceAndNotOnEveryRequest() {
    for (int request = 0; request < 5; request++) {
      directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"));
    }

    assertThat(writes).containsExactly("carla");
    assertThat(directory.find("carla"))
        .hasValueSatisfying(u -> assertThat(u.userName()).contains("carla"));
  }

  @Test
  void triesAgainOnTheNextRequestWhenAWriteFailed() {
    databaseDown = true;
    assertThatThrownBy(() -> directory.seen(carlaAdviserInNoordBrabant(), Optional.empty()))
        .isInstanceOf(IllegalStateException.class);

    databaseDown = false;
    directory.seen(carlaAdviserInNoordBrabant(), Optional.empty());

    assertThat(directory.find("carla")).isPresent();
  }

  @Test
  void introducesAUserOnlyWhileUnknown() {
    directory.introduce(carlaAdviserInNoordBrabant(), Optional.of("carla"));
    directory.introduce(carlaAdviserInNoordBrabant(), Optional.of("carla"));

    assertThat(writes).containsExactly("carla");
  }

  @Test
  void takesAChangedAddressAtOnceAndNotOnlyAfterAnHour() {
    directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);
    directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);
    directory.seen(
        carlaAdviserInNoordBrabant(),
        Optional.of("carla"),
        Contact.of("carla@bom.example", Locale.ENGLISH));

    assertThat(writes).containsExactly("carla", "carla");
    assertThat(directory.recipient("carla"))
        .contains(new Recipient("carla", "carla@bom.example", Locale.ENGLISH));
  }

  @Test
  void keepsTheKnownAddressWhenATokenCarriesNone() {
    directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);
    directory.seen(carlaAdviserInNoordBrabant(), Optional.empty(), Contact.UNKNOWN);

    assertThat(writes).containsExactly("carla", "carla");
    assertThat(directory.recipient("carla")).map(Recipient::email).contains("carla@demo.example");
  }

  @Test
  void writesToARecipientInDutchUnlessTheyPreferAnotherLanguage() {
    directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);

    assertThat(directory.recipient("carla")).map(Recipient::language).contains(Recipient.DUTCH);
  }

  @Test
  void hasNoRecipientForAUserWithoutAnAddressOrForAStranger() {
    directory.seen(carlaAdviserInNoordBrabant(), Optional.of("carla"));

    assertThat(directory.recipient("carla")).isEmpty();
    assertThat(directory.recipient("nobody")).isEmpty();
  }

  @Test
  void givesAUserKnownWithoutAnAddressTheDemoAddressButNeverOverwritesTheirOwn() {
    directory.introduce(carlaAdviserInNoordBrabant(), Optional.of("carla"));
    directory.introduce(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);
    directory.seen(
        carlaAdviserInNoordBrabant(), Optional.of("carla"), Contact.of("carla@bom.example", null));

    directory.introduce(carlaAdviserInNoordBrabant(), Optional.of("carla"), CARLAS_ADDRESS);

    assertThat(directory.recipient("carla")).map(Recipient::email).contains("carla@bom.example");
  }

  private UserDirectory directoryOverAMap() {
    UserDirectory directory = new UserDirectory();
    directory.clock = Time.fixedClock();
    directory.users =
        new KnownUsers() {
          @Override
          public Optional<KnownUser> find(String subject) {
            return Optional.ofNullable(table.get(subject));
          }

          @Override
          public void saw(Actor actor, Optional<String> userName, Contact contact, Clock clock) {
            if (databaseDown) {
              throw new IllegalStateException("database down");
            }
            writes.add(actor.subject());
            table
                .computeIfAbsent(
                    actor.subject(), s -> KnownUser.seenForTheFirstTime(actor, userName, clock))
                .seenAgain(actor, userName, contact, clock);
          }

          @Override
          public void introduce(
              Actor actor, Optional<String> userName, Contact contact, Clock clock) {
            writes.add(actor.subject());
            table
                .computeIfAbsent(
                    actor.subject(),
                    s -> KnownUser.seenForTheFirstTime(actor, userName, contact, clock))
                .reachableAt(contact);
          }
        };
    directory.init();
    return directory;
  }
}
