package nl.maakmatch.domain.rematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ResultChangeTest {

  private static String result(String instruments, String parts) {
    return "{\"instruments\":[" + instruments + "],\"stack\":{\"parts\":[" + parts + "]}}";
  }

  private static String instrument(String id, String shortName, String verdict) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Full "
        + id
        + "\",\"shortName\":"
        + (shortName == null ? "null" : "\"" + shortName + "\"")
        + ",\"verdict\":\""
        + verdict
        + "\"}";
  }

  private static String part(String id, long funds) {
    return "{\"instrumentId\":\"" + id + "\",\"fundsEur\":" + funds + "}";
  }

  @Test
  void namesTheInstrumentsThatNowFitAndThoseThatNoLongerDo() {
    String before =
        result(
            instrument("bmkb", "BMKB", "ELIGIBLE") + "," + instrument("go", null, "NOT_ELIGIBLE"),
            part("bmkb", 500_000));
    String after =
        result(
            instrument("bmkb", "BMKB", "NOT_ELIGIBLE") + "," + instrument("go", null, "ELIGIBLE"),
            part("go", 500_000));

    ResultChange change = ResultChange.between(before, after);

    assertThat(change.gained()).containsExactly(entry("go", "Full go"));
    assertThat(change.lost()).containsExactly(entry("bmkb", "BMKB"));
    assertThat(change.stackChanged()).isTrue();
    assertThat(change.any()).isTrue();
  }

  @Test
  void anUncertainInstrumentIsNotAnnouncedAsFitting() {
    String before = result(instrument("bmkb", "BMKB", "UNCERTAIN"), "");
    String after = result(instrument("bmkb", "BMKB", "UNCERTAIN"), "");

    assertThat(ResultChange.between(before, after).any()).isFalse();
  }

  @Test
  void anotherAmountInTheStackIsAChangeOfTheStackOnly() {
    String eligible = instrument("bmkb", "BMKB", "ELIGIBLE");

    ResultChange change =
        ResultChange.between(
            result(eligible, part("bmkb", 400_000)), result(eligible, part("bmkb", 450_000)));

    assertThat(change.gained()).isEmpty();
    assertThat(change.lost()).isEmpty();
    assertThat(change.stackChanged()).isTrue();
  }

  @Test
  void theSameEligibleInstrumentsAndStackAreNoChange() {
    String same = result(instrument("bmkb", "BMKB", "ELIGIBLE"), part("bmkb", 400_000));

    assertThat(ResultChange.between(same, same).any()).isFalse();
  }

  @Test
  void refusesAResultThatIsNotJson() {
    assertThatThrownBy(() -> ResultChange.between("{", result("", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
