package nl.maakmatch.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.maakmatch.matching.plan.CostCategory;
import nl.maakmatch.matching.plan.CostItem;

/** One investment of a plan: what, how much, when, and how long it lasts. */
@Embeddable
public class CapexLine {

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CapexCategory category;

  @Column(name = "amount_eur", nullable = false)
  private long amountEur;

  @Column(name = "investment_year", nullable = false)
  private int year;

  @Column(name = "economic_life_years", nullable = false)
  private int economicLifeYears;

  protected CapexLine() {}

  public CapexLine(
      String description, CapexCategory category, long amountEur, int year, int economicLifeYears) {
    this.description = Objects.requireNonNull(description, "description");
    this.category = Objects.requireNonNull(category, "category");
    if (amountEur <= 0) {
      throw new IllegalArgumentException("a capex line needs a positive amount");
    }
    if (economicLifeYears <= 0) {
      throw new IllegalArgumentException("economic life must be at least one year");
    }
    this.amountEur = amountEur;
    this.year = year;
    this.economicLifeYears = economicLifeYears;
  }

  public String description() {
    return description;
  }

  public CapexCategory category() {
    return category;
  }

  public long amountEur() {
    return amountEur;
  }

  public int year() {
    return year;
  }

  public int economicLifeYears() {
    return economicLifeYears;
  }

  /** The line as the matching engine counts aid on it; the categories share their names. */
  public CostItem toCostItem() {
    return new CostItem(CostCategory.valueOf(category.name()), amountEur, year, economicLifeYears);
  }
}
