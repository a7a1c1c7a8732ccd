package nl.maakmatch.matching.firm;

import java.util.Objects;

/**
 * Another enterprise whose figures may count towards the firm's size (Rec. 2003/361 art. 3 and 6,
 * docs/rules/sme-definition.md). The stake may run either way: the other one holds in the firm or
 * the firm holds in it.
 *
 * @param name how the firm owner knows it, used in the reasoning ("40% van partner X")
 * @param relation PARTNER for a 25–50% stake, LINKED for more than 50% or other control
 * @param sharePct the stake in capital or voting rights, in percent
 * @param employees annual work units of the other enterprise
 * @param exemptInvestor true when the holder is one of the investors that may pass 25% without
 *     ending autonomy: public investment corporations, venture capital companies and business
 *     angels investing under EUR 1.25 M in the firm, universities and non-profit research centres,
 *     institutional investors including regional development funds (ROMs), and small autonomous
 *     local authorities (budget under EUR 10 M, fewer than 5,000 inhabitants)
 * @param investorType which of those investors, when stated; a stated type makes it exempt
 * @param controlByOtherMeans one controls the other by contract, by appointing most of the board or
 *     otherwise than by a majority stake: linked at any share (Rec. 2003/361 annex art. 3(3))
 */
public record LinkedEnterprise(
    String name,
    Relation relation,
    double sharePct,
    double employees,
    long annualTurnoverEur,
    long balanceSheetTotalEur,
    boolean exemptInvestor,
    InvestorType investorType,
    boolean controlByOtherMeans) {

  public LinkedEnterprise {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relation, "relation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a linked enterprise needs a name");
    }
    if (employees < 0 || annualTurnoverEur < 0 || balanceSheetTotalEur < 0) {
      throw new IllegalArgumentException(name + ": figures must not be negative");
    }
    if (relation == Relation.PARTNER && (sharePct < 25 || sharePct > 50)) {
      throw new IllegalArgumentException(
          name + ": a partner enterprise holds 25% to 50%, was " + sharePct + "%");
    }
    if (relation == Relation.LINKED && (sharePct < 0 || sharePct > 100)) {
      throw new IllegalArgumentException(
          name + ": a stake lies in [0, 100]%, was " + sharePct + "%");
    }
    if (controlByOtherMeans && relation != Relation.LINKED) {
      throw new IllegalArgumentException(name + ": control by other means makes it LINKED");
    }
  }

  /** A stake without investor type or control by other means. */
  public LinkedEnterprise(
      String name,
      Relation relation,
      double sharePct,
      double employees,
      long annualTurnoverEur,
      long balanceSheetTotalEur,
      boolean exemptInvestor) {
    this(
        name,
        relation,
        sharePct,
        employees,
        annualTurnoverEur,
        balanceSheetTotalEur,
        exemptInvestor,
        null,
        false);
  }

  /** Whether the holder is an investor that may pass 25% without ending autonomy. */
  public boolean isExemptInvestor() {
    return exemptInvestor || investorType != null;
  }

  /** How another enterprise relates to the firm under Rec. 2003/361 art. 3. */
  public enum Relation {
    /** 25% up to 50%: its figures count in proportion to the stake. */
    PARTNER,
    /** More than 50%, or control by other means: its figures count in full. */
    LINKED
  }
}
