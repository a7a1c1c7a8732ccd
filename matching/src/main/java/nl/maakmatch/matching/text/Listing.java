package nl.maakmatch.matching.text;

import java.util.List;

/**
 * Several values in a sentence: "micro, kleine en middelgrote" / "micro, small and medium-sized".
 * The items are rendered like any other argument; the last two are joined by the conjunction, or by
 * a comma like the others when there is none (an enumeration after a colon).
 */
public record Listing(List<?> items, Conjunction conjunction) {

  public enum Conjunction {
    AND,
    OR,
    NONE
  }

  public Listing {
    items = List.copyOf(items);
  }

  public static Listing and(List<?> items) {
    return new Listing(items, Conjunction.AND);
  }

  public static Listing or(List<?> items) {
    return new Listing(items, Conjunction.OR);
  }

  /** "a, b, c": items separated by commas only. */
  public static Listing of(List<?> items) {
    return new Listing(items, Conjunction.NONE);
  }
}
