package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.fixtures.PlanFixtures.aPlanWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDetailsTest {

  private static final List<CapexLine> A_MILLION_IN_TWO_LINES =
      List.of(
          new CapexLine("Freesmachine", CapexCategory.MACHINERY, 700_000, 2026, 10),
          new CapexLine("Software", CapexCategory.SOFTWARE, 300_000, 2026, 5));

  @Test
  void itsTotalIsTheSumOfItsCapexLines() {
    assertThat(aPlanWith(A_MILLION_IN_TWO_LINES, 0, 0).totalInvestmentEur()).isEqualTo(1_000_000);
  }

  @Test
  void acceptsContributionsThatCoverTheWholeTotal() {
    PlanDetails details = aPlanWith(A_MILLION_IN_TWO_LINES, 400_000, 600_000);

    assertThat(details.ownContributionEur() + details.committedByOthersEur())
        .isEqualTo(details.totalInvestmentEur());
  }

  @Test
  void refusesOwnAndCommittedMoneyBeyondTheTotal() {
    assertThatThrownBy(() -> aPlanWith(A_MILLION_IN_TWO_LINES, 400_000, 600_001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNegativeContributions() {
    assertThatThrownBy(() -> aPlanWith(A_MILLION_IN_TWO_LINES, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAPlanWithoutCapexLines() {
    assertThatThrownBy(() -> aPlanWith(List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesACapexLineWithoutAPositiveAmount() {
    assertThatThrownBy(() -> new CapexLine("Niets", CapexCategory.OTHER, 0, 2026, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
