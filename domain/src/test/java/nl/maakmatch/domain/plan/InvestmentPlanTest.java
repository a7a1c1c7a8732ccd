package nl.maakmatch.domain.plan;

import static nl.maakmatch.domain.fixtures.PlanFixtures.THE_FIRM;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aDraftPlan;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aMachineryPlan;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aPlanWith;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aSharedPlan;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aSubmittedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvestmentPlanTest {

  private final Clock clock = Time.fixedClock();

  @Test
  void startsAsADraftOfItsFirmWhoseTotalIsTheSumOfItsLines() {
    InvestmentPlan plan = aDraftPlan();

    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.firmId()).isEqualTo(THE_FIRM);
    assertThat(plan.totalInvestmentEur()).isEqualTo(1_200_000);
    assertThat(plan.createdAt()).isEqualTo(OffsetDateTime.now(clock));
  }

  @Test
  void goesFromDraftToSubmittedToMatchedToSharedToFunded() {
    InvestmentPlan plan = aDraftPlan();

    plan.submit(clock);
    assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    plan.matched(clock);
    assertThat(plan.status()).isEqualTo(PlanStatus.MATCHED);
    plan.shared(clock);
    assertThat(plan.status()).isEqualTo(PlanStatus.SHARED);
    plan.markFunded(clock);
    assertThat(plan.status()).isEqualTo(PlanStatus.FUNDED);
  }

  @Test
  void aSharedPlanCanBeClosedWithoutFinancing() {
    InvestmentPlan plan = aSharedPlan();

    plan.close(clock);

    assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
  }

  @Test
  void anOpenPlanCanBeWithdrawnByItsFirm() {
    InvestmentPlan plan = aSubmittedPlan();

    plan.withdraw(clock);

    assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
  }

  @Test
  void aDraftStaysADraftWhenMatchedOrShared() {
    InvestmentPlan plan = aDraftPlan();

    plan.matched(clock);
    plan.shared(clock);

    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
  }

  @Test
  void aSharedPlanStaysSharedWhenMatchedAgain() {
    InvestmentPlan plan = aSharedPlan();

    plan.matched(clock);

    assertThat(plan.status()).isEqualTo(PlanStatus.SHARED);
  }

  @Test
  void refusesToSubmitAPlanTwice() {
    InvestmentPlan plan = aSubmittedPlan();

    assertThatThrownBy(() -> plan.submit(clock))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e -> assertThat(e.explanation().key()).isEqualTo("plan.submitDraftOnly"));
  }

  static Stream<Arguments> endings() {
    Consumer<InvestmentPlan> fund = p -> p.markFunded(Time.fixedClock());
    Consumer<InvestmentPlan> close = p -> p.close(Time.fixedClock());
    Consumer<InvestmentPlan> withdraw = p -> p.withdraw(Time.fixedClock());
    return Stream.of(
        Arguments.of("funded", fund),
        Arguments.of("closed", close),
        Arguments.of("withdrawn", withdraw));
  }

  @ParameterizedTest(name = "a {0} plan no longer changes")
  @MethodSource("endings")
  void anEndedPlanNoLongerChanges(String ending, Consumer<InvestmentPlan> end) {
    InvestmentPlan plan = aSubmittedPlan();
    end.accept(plan);
    PlanStatus ended = plan.status();

    for (Consumer<InvestmentPlan> change :
        List.<Consumer<InvestmentPlan>>of(
            p -> p.revise(aMachineryPlan(), clock),
            p -> p.withdraw(clock),
            p -> p.close(clock),
            p -> p.markFunded(clock))) {
      assertThatThrownBy(() -> change.accept(plan))
          .isInstanceOfSatisfying(
              StateConflict.class,
              e -> assertThat(e.explanation().key()).isEqualTo("plan.noLongerChanges"));
    }
    assertThat(plan.status()).isEqualTo(ended);
  }

  @Test
  void aRevisionReplacesTheDetailsAndKeepsTheTotalTheSumOfTheLines() {
    InvestmentPlan plan = aDraftPlan();
    Clock aDayLater = Time.later(Duration.ofDays(1));

    plan.revise(
        aPlanWith(
            List.of(new CapexLine("Lasrobot", CapexCategory.EQUIPMENT, 450_000, 2026, 8)),
            50_000,
            100_000),
        aDayLater);

    assertThat(plan.totalInvestmentEur()).isEqualTo(450_000);
    assertThat(plan.ownContributionEur()).isEqualTo(50_000);
    assertThat(plan.committedByOthersEur()).isEqualTo(100_000);
    assertThat(plan.capexLines()).extracting(CapexLine::description).containsExactly("Lasrobot");
    assertThat(plan.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @Test
  void showsTheEngineTheSameFigures() {
    InvestmentPlan plan = aDraftPlan();

    assertThat(plan.profile().totalInvestmentEur()).isEqualTo(plan.totalInvestmentEur());
    assertThat(plan.profile().ownContributionEur()).isEqualTo(200_000);
  }

  /** Issue #11: the engine counts aid per cost line, so it gets the stored capex lines. */
  @Test
  void givesTheEngineItsCapexLinesAsCostLines() {
    InvestmentPlan plan = aDraftPlan();

    assertThat(plan.profile().capexLines())
        .extracting(CostItem::amountEur)
        .containsExactlyElementsOf(plan.capexLines().stream().map(CapexLine::amountEur).toList());
    assertThat(plan.profile().capexLines())
        .extracting(item -> item.category().name())
        .containsExactlyElementsOf(
            plan.capexLines().stream().map(line -> line.category().name()).toList());
  }

  @Test
  void everyCapexCategoryIsACostCategoryOfTheEngine() {
    for (CapexCategory category : CapexCategory.values()) {
      assertThat(CostCategory.valueOf(category.name())).isNotNull();
    }
  }
}
