package nl.maakmatch.domain.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoredResultJsonTest {

  /**
   * A map is written with its keys in order, not in the per-JVM order of Map.copyOf: the digest of
   * an unchanged result is then the same on every instance, and matching it again keeps the match.
   */
  @Test
  void writesAMapWithItsKeysInOrder() {
    Map<String, Integer> versions =
        Map.copyOf(
            IntStream.rangeClosed(1, 30)
                .boxed()
                .collect(
                    Collectors.toMap(i -> "instrument-%02d".formatted(i), Function.identity())));

    String json = MatchService.json(versions);

    String expected =
        IntStream.rangeClosed(1, 30)
            .mapToObj(i -> "\"instrument-%02d\":%d".formatted(i, i))
            .collect(Collectors.joining(",", "{", "}"));
    assertThat(json).isEqualTo(expected);
  }
}
