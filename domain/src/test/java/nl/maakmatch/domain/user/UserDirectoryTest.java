package nl.maakmatch.domain.user;

import static nl.maakmatch.domain.fixtures.Actors.carlaAdviserInNoordBrabant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

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
          public void saw(Actor actor, Optional<String> userName, Clock clock) {
            if (databaseDown) {
              throw new IllegalStateException("database down");
            }
            writes.add(actor.subject());
            table
                .computeIfAbsent(
                    actor.subject(), s -> KnownUser.seenForTheFirstTime(actor, userName, clock))
                .seenAgain(actor, userName, clock);
          }
        };
    directory.init();
    return directory;
  }
}
