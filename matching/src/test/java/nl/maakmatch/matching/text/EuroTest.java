package nl.maakmatch.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EuroTest {

  @Test
  void writesDutchAmountsWithASpaceAndDots() {
    assertThat(Euro.nl(1_500_000)).isEqualTo("€ 1.500.000");
    assertThat(Euro.nl(35_000)).isEqualTo("€ 35.000");
    assertThat(Euro.nl(950)).isEqualTo("€ 950");
  }

  @Test
  void writesEnglishAmountsWithCommas() {
    assertThat(Euro.en(1_500_000)).isEqualTo("€1,500,000");
    assertThat(Euro.en(398_236)).isEqualTo("€398,236");
  }

  @Test
  void writesSharesAsPercentagesWithoutNeedlessDecimals() {
    assertThat(Euro.percentNl(0.5)).isEqualTo("50%");
    assertThat(Euro.percentNl(0.675)).isEqualTo("67,5%");
    assertThat(Euro.percentEn(0.675)).isEqualTo("67.5%");
  }
}
