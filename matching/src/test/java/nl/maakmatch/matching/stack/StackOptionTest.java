package nl.maakmatch.matching.stack;

import static nl.maakmatch.matching.stack.OptionBuilder.anOption;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StackOptionTest {

  /**
   * The problem and the stored result are built by iterating these sets: in the same order on every
   * instance, not in the per-JVM order of Set.copyOf.
   */
  @Test
  void listsWhatItExcludesAndTheCostLinesItCoversInOneOrder() {
    List<String> ids =
        IntStream.range(0, 20).mapToObj(i -> "instrument-" + (char) ('t' - i)).toList();
    OptionBuilder builder = anOption("bmkb");
    ids.forEach(builder::excluding);
    builder.onCostLines(ids.toArray(String[]::new));

    StackOption option = builder.build();

    List<String> sorted = ids.stream().sorted().toList();
    assertThat(List.copyOf(option.excludes())).isEqualTo(sorted);
    assertThat(List.copyOf(option.costLineIds())).isEqualTo(sorted);
  }
}
