package nl.maakmatch.domain.firm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.maakmatch.matching.firm.InvestorType;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;

/** A partner or linked enterprise whose figures count towards the firm's size class. */
@Embeddable
public class EnterpriseRelation {

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Relation relation;

  @Column(name = "share_pct", nullable = false)
  private BigDecimal sharePct;

  @Column(nullable = false)
  private BigDecimal employees;

  @Column(name = "annual_turnover_eur", nullable = false)
  private long annualTurnoverEur;

  @Column(name = "balance_sheet_total_eur", nullable = false)
  private long balanceSheetTotalEur;

  @Column(name = "exempt_investor", nullable = false)
  private boolean exemptInvestor;

  @Enumerated(EnumType.STRING)
  @Column(name = "investor_type")
  private InvestorType investorType;

  @Column(name = "control_by_other_means", nullable = false)
  private boolean controlByOtherMeans;

  protected EnterpriseRelation() {}

  public EnterpriseRelation(LinkedEnterprise enterprise) {
    this.name = enterprise.name();
    this.relation = enterprise.relation();
    this.sharePct = BigDecimal.valueOf(enterprise.sharePct());
    this.employees = BigDecimal.valueOf(enterprise.employees());
    this.annualTurnoverEur = enterprise.annualTurnoverEur();
    this.balanceSheetTotalEur = enterprise.balanceSheetTotalEur();
    this.exemptInvestor = enterprise.exemptInvestor();
    this.investorType = enterprise.investorType();
    this.controlByOtherMeans = enterprise.controlByOtherMeans();
  }

  public LinkedEnterprise toLinkedEnterprise() {
    return new LinkedEnterprise(
        name,
        relation,
        sharePct.doubleValue(),
        employees.doubleValue(),
        annualTurnoverEur,
        balanceSheetTotalEur,
        exemptInvestor,
        investorType,
        controlByOtherMeans);
  }
}
