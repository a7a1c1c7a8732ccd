package nl.maakmatch.api.firm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import nl.maakmatch.api.validation.EuroAmount;
import nl.maakmatch.api.validation.Headcount;
import nl.maakmatch.api.validation.RelationShare;
import nl.maakmatch.api.validation.SingleLine;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;

/**
 * A partner (25–50 %) or linked (&gt; 50 %, or control by other means) enterprise whose figures
 * count towards the size class.
 *
 * @param exemptInvestor a public investment corporation, VC fund, business angel, university or
 *     institutional investor whose stake does not count (Recommendation 2003/361 art. 3(2))
 * @param investorType which of those investors; stating one makes the stake exempt
 * @param controlByOtherMeans one controls the other by contract or board appointment: linked at any
 *     share (art. 3(3))
 */
@RelationShare
public record LinkedEnterpriseInput(
    @Size(max = 200, message = "{maakmatch.tooLong}") @SingleLine String name,
    @NotNull(message = "{maakmatch.required}") Relation relation,
    @NotNull(message = "{maakmatch.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{maakmatch.percentage}")
        @DecimalMax(value = "100", message = "{maakmatch.percentage}")
        BigDecimal sharePct,
    @NotNull(message = "{maakmatch.required}") @Headcount BigDecimal employees,
    @NotNull(message = "{maakmatch.required}") @EuroAmount Long annualTurnoverEur,
    @NotNull(message = "{maakmatch.required}") @EuroAmount Long balanceSheetTotalEur,
    Boolean exemptInvestor,
    InvestorType investorType,
    Boolean controlByOtherMeans)
    implements RelationShare.Related {

  /** As the engine counts it; an unnamed enterprise is named by its place in the list. */
  public LinkedEnterprise toLinkedEnterprise(int position) {
    String label =
        name == null || name.isBlank()
            ? relation.name().toLowerCase(Locale.ROOT) + " " + (position + 1)
            : name;
    return new LinkedEnterprise(
        label,
        relation,
        sharePct.doubleValue(),
        employees.doubleValue(),
        annualTurnoverEur,
        balanceSheetTotalEur,
        Boolean.TRUE.equals(exemptInvestor),
        investorType,
        Boolean.TRUE.equals(controlByOtherMeans));
  }
}
