package nl.maakmatch.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaleVersionTest {

  @Test
  void aChangeBasedOnTheCurrentVersionGoesAhead() {
    assertThatCode(() -> StaleVersion.requireCurrent(RecordKind.PLAN, "p1", 3L, 3))
        .doesNotThrowAnyException();
  }

  @Test
  void aChangeBasedOnAnEarlierVersionIsRefused() {
    assertThatThrownBy(() -> StaleVersion.requireCurrent(RecordKind.PLAN, "p1", 2L, 3))
        .isInstanceOf(StaleVersion.class)
        .hasMessage("PLAN p1 is at version 3, not 2");
  }

  @Test
  void aChangeThatNamesNoVersionAppliesToWhateverIsCurrent() {
    assertThatCode(() -> StaleVersion.requireCurrent(RecordKind.PLAN, "p1", null, 7))
        .doesNotThrowAnyException();
  }
}
