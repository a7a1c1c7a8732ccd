package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static nl.maakmatch.domain.fixtures.KnownUserFixtures.aDirectoryOfAnnaCarlaAndDirk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.user.KnownUser;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidanceTest {

  private final Clock clock = Time.fixedClock();
  private final Firm firm = Firm.register(ITS_KVK_NUMBER, aSmallMachineBuilder(), "anna", clock);
  private final Function<String, Optional<KnownUser>> directory = aDirectoryOfAnnaCarlaAndDirk();

  @Test
  void aRequestGoesToTheRomOfTheFirmsRegion() {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);

    assertThat(guidance.isActive()).isTrue();
    assertThat(guidance.region()).isEqualTo(Province.NB);
    assertThat(guidance.terms())
        .contains(new FirmAccess.GuidanceTerms(Province.NB, Optional.empty(), false));
  }

  @Test
  void anAdministratorCanAssignItToAKnownAdviserOfTheFirmsRegion() {
    Guidance guidance = Guidance.request(firm, true, "anna", clock);

    guidance.assign("carla", directory);

    assertThat(guidance.assignedAdviser()).isEqualTo("carla");
    assertThat(guidance.terms().orElseThrow().assignedAdviser()).contains("carla");
    assertThat(guidance.terms().orElseThrow().editGranted()).isTrue();
  }

  @Test
  void refusesAnAdviserOfAnotherRegionAndKeepsTheGuidanceAsItWas() {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);

    assertThatThrownBy(() -> guidance.assign("dirk", directory))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("adviser-of-another-region");
              assertThat(MessageRenderer.dutch(e.explanation()))
                  .isEqualTo(
                      "Alleen een adviseur van de ROM van de regio van het bedrijf (NB) kan de"
                          + " begeleiding krijgen; deze adviseur werkt niet voor die regio.");
              assertThat(MessageRenderer.english(e.explanation()))
                  .isEqualTo(
                      "Only an adviser of the ROM of the firm's region (NB) can be assigned its"
                          + " guidance; this adviser does not work for that region.");
            });
    assertThat(guidance.assignedAdviser()).isNull();
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(
      strings = {
        "anna",
        "c0c0c0c0-0000-4000-8000-000000000003",
        "{{7*7}}",
        "../../etc/passwd",
        "carla' OR '1'='1",
        " carla",
        ""
      })
  void refusesAnyoneTheDirectoryDoesNotKnowAsAnAdviser(String adviser) {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);

    assertThatThrownBy(() -> guidance.assign(adviser, directory))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("unknown-adviser");
              assertThat(MessageRenderer.dutch(e.explanation()))
                  .isEqualTo(
                      "Alleen een bekende adviseur van de ROM van de regio van het bedrijf (NB)"
                          + " kan de begeleiding krijgen; dit gebruikers-id hoort bij geen"
                          + " adviseur die MaakMatch kent.");
              assertThat(MessageRenderer.english(e.explanation()))
                  .isEqualTo(
                      "Only a known adviser of the ROM of the firm's region (NB) can be assigned"
                          + " its guidance; this user id belongs to no adviser MaakMatch knows.");
            });
    assertThat(guidance.assignedAdviser()).isNull();
  }

  @Test
  void refusesAVeryLongIdWithoutRepeatingIt() {
    Guidance guidance = Guidance.request(firm, false, "anna", clock);
    String hostile = "x".repeat(5_000);

    assertThatThrownBy(() -> guidance.assign(hostile, directory))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(MessageRenderer.english(e.explanation())).doesNotContain("xxx"));
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
    assertThatThrownBy(() -> guidance.assign("carla", directory))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e -> assertThat(e.explanation().key()).isEqualTo("firm.noGuidanceRequested"));
  }

  @Test
  void askingAgainStartsAnewWithoutTheEarlierAssignment() {
    Guidance guidance = Guidance.request(firm, true, "anna", clock);
    guidance.assign("carla", directory);
    guidance.end(clock);

    guidance.start(Province.NB, false, "anna", Time.later(Duration.ofDays(60)));

    assertThat(guidance.isActive()).isTrue();
    assertThat(guidance.assignedAdviser()).isNull();
    assertThat(guidance.editGranted()).isFalse();
  }
}
