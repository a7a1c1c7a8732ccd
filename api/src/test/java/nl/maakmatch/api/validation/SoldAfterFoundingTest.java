package nl.maakmatch.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.maakmatch.api.firm.FirmDates;
import org.junit.jupiter.api.Test;

/** GBER art. 21(5) counts from the first commercial sale, which cannot precede the founding. */
class SoldAfterFoundingTest {

  private static final LocalDate FOUNDED = LocalDate.of(2018, 3, 1);

  private final SoldAfterFounding.Validator validator = new SoldAfterFounding.Validator();

  @Test
  void acceptsAFirstSaleOnOrAfterTheFounding() {
    assertThat(violationsOf(new FirmDates(FOUNDED, FOUNDED))).isEmpty();
    assertThat(violationsOf(new FirmDates(FOUNDED, FOUNDED.plusYears(2)))).isEmpty();
  }

  @Test
  void acceptsAFirmThatDoesNotStateItsFirstSale() {
    assertThat(violationsOf(new FirmDates(FOUNDED, null))).isEmpty();
  }

  @Test
  void refusesAFirstSaleBeforeTheFoundingOnThatField() {
    assertThat(violationsOf(new FirmDates(FOUNDED, FOUNDED.minusDays(1))))
        .containsExactly("firstCommercialSaleOn: {maakmatch.soldBeforeFounding}");
  }

  private List<String> violationsOf(FirmDates dates) {
    RecordingContext recording = new RecordingContext();
    boolean valid = validator.isValid(dates, recording.context());
    assertThat(valid).isEqualTo(recording.violations().isEmpty());
    return recording.violations();
  }
}
