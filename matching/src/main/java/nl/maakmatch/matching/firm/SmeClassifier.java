package nl.maakmatch.matching.firm;

import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Money;
import nl.maakmatch.matching.text.Share;

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
 *       when they are linked; control by contract or board appointment links at any share;
 *   <li>25% or more held by public bodies means the firm is not an SME at all (CJEU C-516/19),
 *       unless the holder is an exempt public investor (a ROM, Invest-NL, a university, a small
 *       local authority) with at most 50% (art. 3(2)).
 * </ul>
 *
 * <p>Not modelled: the rule that a status changes only after two consecutive accounting periods
 * ([estimate] in docs/rules/sme-definition.md), and partners of partners (only direct relations).
 */
public final class SmeClassifier {

  /** Public bodies holding this share or more end SME status (Rec. 2003/361 art. 3(4)). */
  static final double PUBLIC_BODY_LIMIT_PCT = 25;

  /** Above this share an investor is linked, and no longer exempt (art. 3(3)). */
  static final double LINKED_ABOVE_PCT = 50;

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.firm.messages");

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
    List<Message> counted = new ArrayList<>();
    List<Message> notCounted = new ArrayList<>();
    for (LinkedEnterprise other : firm.linkedEnterprises()) {
      if (other.isExemptInvestor() && other.relation() == Relation.PARTNER) {
        notCounted.add(
            other.investorType() == null
                ? TEXT.get("notCounted.exemptInvestor", other.name())
                : TEXT.get("notCounted.exemptInvestorType", other.name(), other.investorType()));
        continue;
      }
      double share = other.relation() == Relation.PARTNER ? other.sharePct() / 100.0 : 1.0;
      employees += share * other.employees();
      turnover += share * other.annualTurnoverEur();
      balance += share * other.balanceSheetTotalEur();
      counted.add(
          other.relation() == Relation.PARTNER
              ? TEXT.get("counted.partner", Share.of(other.sharePct() / 100), other.name())
              : other.controlByOtherMeans() && other.sharePct() <= 50
                  ? TEXT.get("counted.linkedByControl", other.name())
                  : TEXT.get("counted.linked", other.name()));
    }
    long countedTurnover = Math.round(turnover);
    long countedBalance = Math.round(balance);

    if (exemptPublicInvestor(firm)) {
      notCounted.add(
          TEXT.get(
              "notCounted.publicInvestor",
              Share.of(firm.publicBodyOwnershipPct() / 100),
              firm.publicOwnerType()));
    } else if (firm.publicBodyOwnershipPct() >= PUBLIC_BODY_LIMIT_PCT) {
      return new SizeClassification(
          SizeClass.LARGE,
          employees,
          countedTurnover,
          countedBalance,
          TEXT.get(
              "publicBodies.control",
              heading(SizeClass.LARGE),
              Share.of(firm.publicBodyOwnershipPct() / 100)));
    }
    Message staff = staff(employees, counted, notCounted);
    for (Ceiling ceiling : CEILINGS) {
      if (employees < ceiling.staffBelow()) {
        if (countedTurnover <= ceiling.turnoverMax()) {
          return new SizeClassification(
              ceiling.sizeClass(),
              employees,
              countedTurnover,
              countedBalance,
              within(
                  ceiling.sizeClass(),
                  staff,
                  TEXT.get(
                      "turnover.within",
                      Money.of(countedTurnover),
                      Money.of(ceiling.turnoverMax()))));
        }
        if (countedBalance <= ceiling.balanceMax()) {
          return new SizeClassification(
              ceiling.sizeClass(),
              employees,
              countedTurnover,
              countedBalance,
              within(
                  ceiling.sizeClass(),
                  staff,
                  TEXT.get(
                      "balance.within", Money.of(countedBalance), Money.of(ceiling.balanceMax()))));
        }
      }
    }
    Ceiling medium = CEILINGS.get(CEILINGS.size() - 1);
    Message why =
        employees >= medium.staffBelow()
            ? TEXT.get("staff.tooMany", medium.staffBelow())
            : TEXT.get(
                "money.bothAbove",
                Money.of(countedTurnover),
                Money.of(medium.turnoverMax()),
                Money.of(countedBalance),
                Money.of(medium.balanceMax()));
    return new SizeClassification(
        SizeClass.LARGE,
        employees,
        countedTurnover,
        countedBalance,
        within(SizeClass.LARGE, staff, why));
  }

  /**
   * A stake of a ROM, Invest-NL, a university or a small local authority does not end SME status
   * (art. 3(2): they may pass 25% without ending autonomy) as long as it does not make them linked:
   * above 50% they control the firm and the public-body rule applies again.
   */
  private static boolean exemptPublicInvestor(FirmProfile firm) {
    return firm.publicOwnerType() != null
        && firm.publicBodyOwnershipPct() >= PUBLIC_BODY_LIMIT_PCT
        && firm.publicBodyOwnershipPct() <= LINKED_ABOVE_PCT;
  }

  private static Message within(SizeClass sizeClass, Message staff, Message money) {
    return TEXT.get("within", heading(sizeClass), staff, money);
  }

  /** "MIDDELGROOT" / "MEDIUM": the class that heads the reasoning. */
  private static Message heading(SizeClass sizeClass) {
    return TEXT.get(
        switch (sizeClass) {
          case MICRO -> "class.micro";
          case SMALL -> "class.small";
          case MEDIUM -> "class.medium";
          case LARGE -> "class.large";
        });
  }

  /** "85 werknemers incl. 40% van partner X (belang van Y telt niet mee: …)". */
  private static Message staff(double employees, List<Message> counted, List<Message> notCounted) {
    // staff are counted in annual work units: at most one decimal
    Message staff = TEXT.get("staff", Math.round(employees * 10) / 10.0);
    if (!counted.isEmpty()) {
      staff = TEXT.get("staff.including", staff, Listing.and(counted));
    }
    if (!notCounted.isEmpty()) {
      staff = TEXT.get("staff.notCounting", staff, Listing.and(notCounted));
    }
    return staff;
  }

  private record Ceiling(SizeClass sizeClass, int staffBelow, long turnoverMax, long balanceMax) {}
}
