package nl.maakmatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maakmatch.api.plan.PlanRequest.CapexLineInput;
import nl.maakmatch.domain.plan.CapexCategory;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

/** The preview's optional capex lines (issue #11): checked like a stored plan's, then counted. */
class PlanInputTest {

  @Test
  void passesCapexLinesToTheEngineAsCostItems() {
    PlanInput plan =
        aPreviewPlanOf(
            1_200_000L,
            List.of(
                line(CapexCategory.MACHINERY, 1_000_000L),
                line(CapexCategory.ENERGY_INSTALLATION, 200_000L)));

    assertThat(plan.isCapexLinesAddingUp()).isTrue();
    assertThat(plan.toProfile().capexLines())
        .containsExactly(
            new CostItem(CostCategory.MACHINERY, 1_000_000, 2027, 10),
            new CostItem(CostCategory.ENERGY_INSTALLATION, 200_000, 2027, 10));
  }

  @Test
  void refusesCapexLinesThatDoNotAddUpToTheStatedTotal() {
    PlanInput plan = aPreviewPlanOf(1_200_000L, List.of(line(CapexCategory.MACHINERY, 1_000_000L)));

    assertThat(plan.isCapexLinesAddingUp()).isFalse();
  }

  @Test
  void withoutCapexLinesTheEngineSpreadsTheCostsAsBefore() {
    PlanInput plan = aPreviewPlanOf(1_200_000L, null);

    assertThat(plan.isCapexLinesAddingUp()).isTrue();
    assertThat(plan.toProfile().statesCostLines()).isFalse();
  }

  private static PlanInput aPreviewPlanOf(Long total, List<CapexLineInput> lines) {
    return new PlanInput(
        Set.of(Purpose.MACHINERY),
        total,
        200_000L,
        null,
        LocalDate.of(2027, 6, 1),
        8,
        Set.of(),
        lines);
  }

  private static CapexLineInput line(CapexCategory category, Long amount) {
    return new CapexLineInput("line", category, amount, 2027, 10);
  }
}
