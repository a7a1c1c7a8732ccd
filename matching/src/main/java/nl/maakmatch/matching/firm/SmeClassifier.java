package nl.maakmatch.matching.firm;

import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * Classifies a firm as micro, small, medium or large under Commission Recommendation 2003/361/EC
 * (GBER Annex I), as summarised in docs/rules/sme-definition.md:
 *
 * <ul>
 *   <li>headcount is always required; the firm may meet either the turnover or the balance-sheet
 *       ceiling, whichever is more favourable;
 *   <li>partner enterprises (25–50%) add their figures in proportion to the stake, linked
 *       enterprises (more than 50% or control) add them in full;
 *   <li>the listed exempt investors may hold a partner-sized stake without it counting, but not
 *       when they are linked;
 *   <li>25% or more held by public bodies means the firm is not an SME at all (CJEU C-516/19).
 * </ul>
 *
 * <p>Not modelled: the rule that a status changes only after two consecutive accounting periods
 * ([estimate] in docs/rules/sme-definition.md), and partners of partners (only direct relations).
 */
public final class SmeClassifier {

  /** Public bodies holding this share or more end SME status (Rec. 2003/361 art. 3(4)). */
  static final double PUBLIC_BODY_LIMIT_PCT = 25;

  /** The ceilings, smallest class first: staff strictly below, money at most. */
  private static final List<Ceiling> CEILINGS =
      List.of(
          new Ceiling(SizeClass.MICRO, 10, 2_000_000, 2_000_000),
          new Ceiling(SizeClass.SMALL, 50, 10_000_000, 10_000_000),
          new Ceiling(SizeClass.MEDIUM, 250, 50_000_000, 43_000_000));

  public SizeClassification classify(FirmProfile firm) {
    double employees = firm.employees();
    double turnover = firm.annualTurnoverEur();
    double balance = firm.balanceSheetTotalEur();
    List<LocalizedText> counted = new ArrayList<>();
    List<LocalizedText> notCounted = new ArrayList<>();
    for (LinkedEnterprise other : firm.linkedEnterprises()) {
      if (other.exemptInvestor() && other.relation() == Relation.PARTNER) {
        notCounted.add(SmeTexts.exemptInvestorNotCounted(other));
        continue;
      }
      double share = other.relation() == Relation.PARTNER ? other.sharePct() / 100.0 : 1.0;
      employees += share * other.employees();
      turnover += share * other.annualTurnoverEur();
      balance += share * other.balanceSheetTotalEur();
      counted.add(SmeTexts.countedShare(other));
    }
    long countedTurnover = Math.round(turnover);
    long countedBalance = Math.round(balance);

    if (firm.publicBodyOwnershipPct() >= PUBLIC_BODY_LIMIT_PCT) {
      return new SizeClassification(
          SizeClass.LARGE,
          employees,
          countedTurnover,
          countedBalance,
          SmeTexts.publicBodyControl(firm.publicBodyOwnershipPct()));
    }
    LocalizedText staff = SmeTexts.staff(employees, counted, notCounted);
    for (Ceiling ceiling : CEILINGS) {
      if (employees < ceiling.staffBelow()) {
        if (countedTurnover <= ceiling.turnoverMax()) {
          return new SizeClassification(
              ceiling.sizeClass(),
              employees,
              countedTurnover,
              countedBalance,
              SmeTexts.within(
                  ceiling.sizeClass(),
                  staff,
                  SmeTexts.turnoverWithin(countedTurnover, ceiling.turnoverMax())));
        }
        if (countedBalance <= ceiling.balanceMax()) {
          return new SizeClassification(
              ceiling.sizeClass(),
              employees,
              countedTurnover,
              countedBalance,
              SmeTexts.within(
                  ceiling.sizeClass(),
                  staff,
                  SmeTexts.balanceWithin(countedBalance, ceiling.balanceMax())));
        }
      }
    }
    Ceiling medium = CEILINGS.get(CEILINGS.size() - 1);
    LocalizedText why =
        employees >= medium.staffBelow()
            ? SmeTexts.tooManyStaff(medium.staffBelow())
            : SmeTexts.bothMoneyCeilingsExceeded(
                countedTurnover, medium.turnoverMax(), countedBalance, medium.balanceMax());
    return new SizeClassification(
        SizeClass.LARGE,
        employees,
        countedTurnover,
        countedBalance,
        SmeTexts.within(SizeClass.LARGE, staff, why));
  }

  private record Ceiling(SizeClass sizeClass, int staffBelow, long turnoverMax, long balanceMax) {}
}
