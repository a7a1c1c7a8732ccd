package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.matching.firm.Province;
import org.junit.jupiter.api.Test;

class GuidanceTest {

  private final Clock clock = Time.fixedClock();
  private final Firm firm = Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", clock);

  @Test
  void aRequestGoesToTheRomOfTheFirmsRegion() {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);

    assertThat(guidance.isActive()).isTrue();
    assertThat(guidance.region()).isEqualTo(Province.NB);
    assertThat(guidance.terms())
        .contains(new FirmAccess.GuidanceTerms(Province.NB, Optional.empty(), false));
  }

  @Test
  void anAdministratorCanAssignItToAnAdviserByName() {
    Guidance guidance = Guidance.request(firm, true, "anna", clock);

    guidance.assign("dirk");

    assertThat(guidance.assignedAdviser()).isEqualTo("dirk");
    assertThat(guidance.terms().orElseThrow().assignedAdviser()).contains("dirk");
    assertThat(guidance.terms().orElseThrow().editGranted()).isTrue();
  }

  @Test
  void anEndedGuidanceGivesNoAdviserAccess() {
    Guidance guidance = Guidance.request(firm, true, "anna", clock);

    guidance.end(Time.later(Duration.ofDays(30)));

    assertThat(guidance.isActive()).isFalse();
    assertThat(guidance.terms()).isEmpty();
  }

  @Test
  void refusesToEndOrAssignAGuidanceThatHasEnded() {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);
    guidance.end(clock);

    assertThatThrownBy(() -> guidance.end(clock))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e -> assertThat(e.explanation().key()).isEqualTo("firm.noActiveGuidance"));
    assertThatThrownBy(() -> guidance.assign("dirk"))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e -> assertThat(e.explanation().key()).isEqualTo("firm.noGuidanceRequested"));
  }

  @Test
  void askingAgainStartsAnewWithoutTheEarlierAssignment() {
    Guidance guidance = Guidance.request(firm, true, "anna", clock);
    guidance.assign("dirk");
    guidance.end(clock);

    guidance.start(Province.NB, false, "anna", Time.later(Duration.ofDays(60)));

    assertThat(guidance.isActive()).isTrue();
    assertThat(guidance.assignedAdviser()).isNull();
    assertThat(guidance.editGranted()).isFalse();
  }
}
