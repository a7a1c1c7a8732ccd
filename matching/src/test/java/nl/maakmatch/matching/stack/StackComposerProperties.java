package nl.maakmatch.matching.stack;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds for every stack, whatever the problem: generated problems of catalogue size for the
 * rules, small ones where brute force can say whether cover exists.
 */
class StackComposerProperties {

  private final StackComposer composer = new StackComposer();

  @Provide
  Arbitrary<StackProblem> catalogueSizedProblems() {
    return StackProblemArbitraries.problems(0, 20);
  }

  @Provide
  Arbitrary<StackProblem> smallProblems() {
    return StackProblemArbitraries.problems(0, 6);
  }

  @Property(tries = 300)
  void stacksNeverExceedAnyCap(@ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    assertThat(StackInvariants.brokenCaps(problem, stack)).as(stack.toString()).isEmpty();
  }

  @Property(tries = 300)
  void stacksNeverCombineMutuallyExclusiveOptions(
      @ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    assertThat(StackInvariants.excludedPairs(problem, stack)).as(stack.toString()).isEmpty();
  }

  /** Issue #11: one bank loan, one guarantee scheme behind it (GO and EIF never both). */
  @Property(tries = 300)
  void stacksNeverPutTwoGuaranteesOnOneLoan(
      @ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    assertThat(stack.parts().stream().filter(part -> part.kind() == PartKind.GUARANTEE).count())
        .as(stack.toString())
        .isLessThanOrEqualTo(1);
  }

  @Property(tries = 300)
  void stacksOnlyUseOptionsOfTheProblemEachAtMostOnce(
      @ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    assertThat(StackInvariants.foreignParts(problem, stack)).as(stack.toString()).isEmpty();
  }

  @Property(tries = 300)
  void fundsAddUpToTheNeedExactlyWhenFeasibleAndNeverExceedIt(
      @ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    long funds = stack.parts().stream().mapToLong(StackPart::fundsEur).sum();
    assertThat(StackInvariants.coverProblems(problem, stack)).as(stack.toString()).isEmpty();
    assertThat(funds).isLessThanOrEqualTo(problem.needEur());
    if (stack.feasible()) {
      assertThat(funds).isEqualTo(problem.needEur());
    }
  }

  @Property(tries = 300)
  void reportedTotalsMatchTheParts(@ForAll("catalogueSizedProblems") StackProblem problem) {
    Stack stack = composer.compose(problem);

    assertThat(StackInvariants.reportingErrors(problem, stack)).as(stack.toString()).isEmpty();
  }

  /**
   * Holds for any problem: a whole-euro stack is one of the fractional stacks brute force tries.
   */
  @Property(tries = 150)
  void stacksNeverCoverMoreThanBruteForceCan(@ForAll("smallProblems") StackProblem problem) {
    ExhaustiveStackOracle.Answer oracle = ExhaustiveStackOracle.bestStack(problem);

    Stack stack = composer.compose(problem);

    assertThat((double) stack.uncoveredEur())
        .as(stack.toString())
        .isGreaterThanOrEqualTo(oracle.uncoveredEur() - 0.01);
    if (stack.feasible()) {
      assertThat(oracle.coversNeed()).as(stack.toString()).isTrue();
    }
  }

  @Property(tries = 150)
  void stacksCoverTheNeedWheneverBruteForceFindsCover(
      @ForAll("smallProblems") StackProblem problem) {
    boolean coverExists = ExhaustiveStackOracle.bestStack(problem).coversNeed();

    Stack stack = composer.compose(problem);

    assertThat(stack.feasible()).as(stack.toString()).isEqualTo(coverExists);
  }
}
