package nl.maakmatch.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SbiCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"25", "25.6", "25.62", "25.62.1"})
  void acceptsTheFourSbiFormats(String code) {
    assertThat(SbiCode.of(code).division()).isEqualTo(25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2562", "25.", "25.6.1", "5.62", "25.621", "ab", ""})
  void rejectsMalformedCodes(String code) {
    assertThatThrownBy(() -> SbiCode.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsADivisionThatDoesNotExist() {
    assertThatThrownBy(() -> SbiCode.of("34.10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("34");
  }

  @Test
  void knowsManufacturingIsSectionCDivisionsTenToThirtyThree() {
    assertThat(SbiCode.of("10.11").isManufacturing()).isTrue();
    assertThat(SbiCode.of("33.12").isManufacturing()).isTrue();
    assertThat(SbiCode.of("09.10").isManufacturing()).isFalse();
    assertThat(SbiCode.of("35.11").section()).isEqualTo('D');
    assertThat(SbiCode.of("68.20").section()).isEqualTo('L');
  }

  @Test
  void fallsUnderPrefixesDigitByDigitAndUnderDivisionRanges() {
    SbiCode brokerage = SbiCode.of("68.31");
    assertThat(brokerage.fallsUnder("68")).isTrue();
    assertThat(brokerage.fallsUnder("68.3")).isTrue();
    assertThat(brokerage.fallsUnder("68.32")).isFalse();
    assertThat(brokerage.fallsUnder("68.2")).isFalse();
    assertThat(SbiCode.of("25.62").fallsUnder("10-33")).isTrue();
    assertThat(SbiCode.of("35.11").fallsUnder("10-33")).isFalse();
  }
}
