package nl.maakmatch.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfferTest {

  private static final LocalDate IN_A_MONTH = Time.TODAY.plusMonths(1);

  private static Offer anOfferOf(long amount) {
    return new Offer(amount, "bmkb", new BigDecimal("5"), 60, null, IN_A_MONTH);
  }

  private static Offer anOfferAtARateOf(String percent) {
    return new Offer(100_000, "bmkb", new BigDecimal(percent), 60, null, IN_A_MONTH);
  }

  private static Offer anOfferOverMonths(int months) {
    return new Offer(100_000, "bmkb", new BigDecimal("5"), months, null, IN_A_MONTH);
  }

  @Test
  void anOfferNeedsNoInstrumentRateTermOrConditions() {
    Offer offer = new Offer(100_000, null, null, null, null, IN_A_MONTH);

    assertThat(offer.amountEur()).isEqualTo(100_000);
    assertThat(offer.instrument()).isEmpty();
    assertThat(offer.validUntil()).isEqualTo(IN_A_MONTH);
  }

  @Test
  void anOfferThroughAnInstrumentNamesIt() {
    assertThat(anOfferOf(1).instrument()).contains("bmkb");
  }

  @ParameterizedTest(name = "an offer of {0} euro")
  @ValueSource(longs = {0, -1, -100_000})
  void anOfferIsForAPositiveAmount(long amount) {
    assertThatThrownBy(() -> anOfferOf(amount)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOfferIsValidUntilADate() {
    assertThatThrownBy(() -> new Offer(100_000, "bmkb", null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("validUntil");
  }

  @ParameterizedTest(name = "a rate of {0} %")
  @ValueSource(strings = {"0", "0.01", "4.5", "100"})
  void aRateFromNoughtToAHundredPercentIsAccepted(String percent) {
    assertThat(anOfferAtARateOf(percent).annualRatePercent())
        .isEqualByComparingTo(new BigDecimal(percent));
  }

  @ParameterizedTest(name = "a rate of {0} %")
  @ValueSource(strings = {"-0.01", "-5", "100.01", "250"})
  void aRateOutsideNoughtToAHundredPercentIsRefused(String percent) {
    assertThatThrownBy(() -> anOfferAtARateOf(percent))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "a term of {0} months")
  @ValueSource(ints = {1, 60, 600})
  void aTermOfOneToSixHundredMonthsIsAccepted(int months) {
    assertThat(anOfferOverMonths(months).termMonths()).isEqualTo(months);
  }

  @ParameterizedTest(name = "a term of {0} months")
  @ValueSource(ints = {0, -12, 601, 1200})
  void aTermOutsideOneToSixHundredMonthsIsRefused(int months) {
    assertThatThrownBy(() -> anOfferOverMonths(months))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
