package nl.maakmatch.domain.plan;

import java.math.BigDecimal;

/**
 * What the plan is expected to bring; each part optional.
 *
 * @param productivityPct expected change in labour productivity
 */
public record ExpectedEffects(
    Integer jobs, BigDecimal co2TonnesPerYear, BigDecimal productivityPct) {

  public static final ExpectedEffects NONE = new ExpectedEffects(null, null, null);
}
