package nl.maakmatch.matching.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackComposer;
import nl.maakmatch.matching.stack.StackProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stack composer alone, on realistic plans with 8 to 20 eligible instruments each.
 *
 * <p>Sample-time mode, because the time per plan varies a lot with the plan (a plan the bank alone
 * covers takes a single LP, a FEWEST_APPLICATIONS plan with many small options several dozen): the
 * percentiles, p0.50 above all, say more than a mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class StackComposerBenchmark {

  private final StackComposer composer = new StackComposer();
  private List<StackProblem> plans;
  private int next;

  @Setup
  public void preparePlans() {
    plans = RealisticPlans.plans(256, 2026);
  }

  /** One plan per call, cycling through all of them, so the sample covers the whole mix. */
  @Benchmark
  public Stack composeOnePlan() {
    StackProblem plan = plans.get(next);
    next = (next + 1) % plans.size();
    return composer.compose(plan);
  }
}
