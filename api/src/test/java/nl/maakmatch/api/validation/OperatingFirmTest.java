package nl.maakmatch.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.maakmatch.api.firm.FirmFigures;
import org.junit.jupiter.api.Test;

class OperatingFirmTest {

  private final OperatingFirm.Validator validator = new OperatingFirm.Validator();

  @Test
  void acceptsAFirmWithStaffAndTurnover() {
    assertThat(violationsOf(figures("30", 6_000_000L, null))).isEmpty();
  }

  @Test
  void refusesAFirmWithNoOneWorkingInItOnTheEmployeesField() {
    assertThat(violationsOf(figures("0", 6_000_000L, null)))
        .containsExactly("employees: {maakmatch.noStaff}");
  }

  @Test
  void refusesAFirmWithoutTurnoverOnTheTurnoverField() {
    assertThat(violationsOf(figures("30", 0L, false)))
        .containsExactly("annualTurnoverEur: {maakmatch.noTurnover}");
  }

  @Test
  void namesBothFieldsWhenAFirmHasNeitherStaffNorTurnover() {
    assertThat(violationsOf(figures("0", 0L, null)))
        .containsExactly(
            "employees: {maakmatch.noStaff}", "annualTurnoverEur: {maakmatch.noTurnover}");
  }

  @Test
  void acceptsAStartUpWithoutTurnoverButWithItsFounder() {
    assertThat(violationsOf(figures("1", 0L, true))).isEmpty();
  }

  @Test
  void acceptsAPartTimeFounderCountedInAnnualWorkUnits() {
    assertThat(violationsOf(figures("0.4", 0L, true))).isEmpty();
  }

  @Test
  void refusesAStartUpWithNoOneWorkingInIt() {
    assertThat(violationsOf(figures("0", 0L, true)))
        .containsExactly("employees: {maakmatch.noStaff}");
  }

  @Test
  void leavesMissingOrNegativeFiguresToTheirOwnChecks() {
    assertThat(violationsOf(figures(null, null, null))).isEmpty();
    assertThat(violationsOf(figures("-1", -5L, null))).isEmpty();
  }

  private List<String> violationsOf(FirmFigures figures) {
    RecordingContext recording = new RecordingContext();
    boolean valid = validator.isValid(figures, recording.context());
    assertThat(valid).isEqualTo(recording.violations().isEmpty());
    return recording.violations();
  }

  private static FirmFigures figures(String employees, Long turnover, Boolean startUp) {
    return new FirmFigures(
        employees == null ? null : new BigDecimal(employees), turnover, 4_000_000L, startUp);
  }
}
