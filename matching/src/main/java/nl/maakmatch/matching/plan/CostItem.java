package nl.maakmatch.matching.plan;

import java.util.Objects;

/**
 * One line of a plan's costs: what it buys, how much, in which year and for how long. Aid is
 * counted line by line (GBER art. 8(3)), so the lines decide which aid can cover which euros.
 */
public record CostItem(CostCategory category, long amountEur, int year, int economicLifeYears) {

  public CostItem {
    Objects.requireNonNull(category, "category");
    if (amountEur <= 0) {
      throw new IllegalArgumentException("a cost line needs a positive amount");
    }
    if (economicLifeYears <= 0) {
      throw new IllegalArgumentException("economic life must be at least one year");
    }
  }
}
