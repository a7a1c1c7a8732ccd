package nl.maakmatch.matching.firm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;
import org.junit.jupiter.api.Test;

class LinkedEnterpriseTest {

  @Test
  void aPartnerHoldsBetweenTwentyFiveAndFiftyPercent() {
    assertThatThrownBy(() -> new LinkedEnterprise("X", Relation.PARTNER, 24, 10, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25% to 50%");
    assertThatThrownBy(() -> new LinkedEnterprise("X", Relation.PARTNER, 51, 10, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figuresMustNotBeNegative() {
    assertThatThrownBy(() -> new LinkedEnterprise("X", Relation.LINKED, 60, -1, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
