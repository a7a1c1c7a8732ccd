package nl.maakmatch.matching.stack;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Rounds every part of a fractional stack down to whole euros and gives the remainder to the bank
 * loan, then repairs what that can break.
 *
 * <p>The remainder can push the bank loan a few euros over its cap when the cap was binding. Then
 * the largest bank loan the cap allows is found (a guarantee's cover can grow with its share of the
 * loan, within its aid ceiling), and the euros the bank cannot lend move onto chosen parts with
 * room to spare; only when none has room are they reported as uncovered. The result is a proposal:
 * {@link WholeEuroRules} decides whether it stands.
 */
final class RoundingDown {

  /**
   * Within this of a whole euro an amount is taken as that euro. The LP's own feasibility tolerance
   * (10^-6 in thousands of euros) lets amounts stray about this far, so rounding such an amount
   * down would lose a whole euro to noise.
   */
  static final double SNAP_EUR = Relaxation.ZERO_EUR;

  /**
   * How far below what it would have to lend the bank loan is searched for a size its cap allows.
   * Rounding moves at most a euro per part, but a guarantee's share of the loan shrinks with the
   * loan, so a binding cap can need a few euros more.
   */
  private static final long BANK_SEARCH_EUR = 200;

  private final PreparedProblem prepared;
  private final StackLimits limits;
  private final Comparator<Integer> leastAidPerEuroThenCheapest;

  RoundingDown(PreparedProblem prepared) {
    this.prepared = prepared;
    this.limits = prepared.limits();
    Comparator<Integer> byAid = Comparator.comparingDouble(i -> aidRate(prepared.candidate(i)));
    this.leastAidPerEuroThenCheapest =
        byAid.thenComparingDouble(i -> prepared.candidate(i).option().annualCostRate());
  }

  private static double aidRate(Candidate candidate) {
    return candidate.option().aidBasis() == AidBasis.NONE
        ? 0
        : candidate.option().aidEquivalentRate();
  }

  /** Whole euros at or below the amount, allowing for solver noise just under a whole euro. */
  static long wholeEurosDown(double euros) {
    double nearest = Math.rint(euros);
    return (long) (Math.abs(euros - nearest) <= SNAP_EUR ? nearest : Math.floor(euros));
  }

  WholeEuroStack round(Choices choices, Relaxation relaxation) {
    long[] amounts = new long[prepared.size()];
    for (int i = 0; i < prepared.size(); i++) {
      if (relaxation.positive(i)) {
        long rounded = wholeEurosDown(relaxation.amountsEur()[i]);
        amounts[i] =
            Math.max(prepared.candidate(i).minEur(), Math.min(highest(choices, i), rounded));
      }
    }
    takeBackSnappedEurosOverAidCeilings(amounts, relaxation.amountsEur());
    long funds = 0;
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.candidate(i).fundsNow()) {
        funds += amounts[i];
      }
    }
    long wanted = Math.max(0, limits.needEur() - funds);
    long start = wanted;
    if (wanted > relaxation.bankEur() + prepared.size() + 1) {
      // the LP could not cover the need: the bank is at its cap, which rounding cannot lift
      start = (long) Math.ceil(relaxation.bankEur());
    }
    for (long bank = start; bank >= Math.max(0, start - BANK_SEARCH_EUR); bank--) {
      long[] withCover = guaranteesFor(amounts, bank);
      if (withCover.length > 0) {
        long shifted = raiseFunding(choices, withCover, bank, wanted - bank);
        long uncovered = wanted - bank - shifted;
        uncovered += keepBankFirstPartsWithinBank(choices, withCover, bank);
        return new WholeEuroStack(withCover, bank, uncovered);
      }
    }
    // No bank loan within reach fits its cap: a proposal the rules reject, so that the next
    // way of rounding takes over.
    return new WholeEuroStack(amounts, wanted, 0);
  }

  /**
   * The guarantee cover that goes with a bank loan of the given size: each guarantee cut to its
   * share of that loan (or dropped when that is below its minimum), then raised where the bank loan
   * is over its cap; empty when no cover lets the bank lend that much.
   */
  private long[] guaranteesFor(long[] amounts, long bank) {
    long[] trial = amounts.clone();
    for (int i = 0; i < prepared.size(); i++) {
      Candidate candidate = prepared.candidate(i);
      if (candidate.coversBankLoan() && trial[i] > shareOfBank(candidate, bank)) {
        long share = shareOfBank(candidate, bank);
        trial[i] = share >= candidate.minEur() ? share : 0;
      }
    }
    long deficit = bank - bankCap(trial);
    if (deficit > 0) {
      deficit -= raiseGuarantees(trial, bank, deficit);
    }
    return deficit > 0 ? new long[0] : trial;
  }

  /**
   * An amount a thousandth of a euro below a whole euro is taken as that euro, which can push a
   * binding aid ceiling over by a fraction of a cent; such parts give that euro back.
   */
  private void takeBackSnappedEurosOverAidCeilings(long[] amounts, double[] fractional) {
    for (AidCeiling ceiling : limits.aidCeilings()) {
      for (int i = 0; i < prepared.size(); i++) {
        boolean over =
            ceiling.inForce(prepared, amounts)
                && ceiling.aidEur(prepared, amounts) > ceiling.capEur() + WholeEuroRules.SLACK_EUR;
        Candidate candidate = prepared.candidate(i);
        if (over
            && ceiling.counts(candidate)
            && amounts[i] > fractional[i]
            && amounts[i] > candidate.minEur()) {
          amounts[i]--;
        }
      }
    }
  }

  private long highest(Choices choices, int index) {
    Candidate candidate = prepared.candidate(index);
    return choices.state(index) == OptionState.IN
        ? candidate.maxWithoutBankFirst()
        : candidate.maxEur();
  }

  /** What the plain bank loan may reach: collateral plus cover, less the bank's cheaper lines. */
  private long bankCap(long[] amounts) {
    long cap = limits.unsecuredBankEur();
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.candidate(i).isGuarantee()) {
        cap += amounts[i];
      } else if (prepared.candidate(i).lentByTheBank()) {
        cap -= amounts[i];
      }
    }
    return cap;
  }

  private long shareOfBank(Candidate guarantee, long bank) {
    return Candidate.wholeEurosAtMost(guarantee.option().requirementShare() * bank);
  }

  /**
   * A bank loan cut back to its cap may end just below a part that needs the bank first; that part
   * then shrinks to the bank loan, and what it no longer funds is uncovered.
   */
  private long keepBankFirstPartsWithinBank(Choices choices, long[] amounts, long bank) {
    long lost = 0;
    for (int i = 0; i < prepared.size(); i++) {
      if (choices.state(i) == OptionState.IN_BANK_FIRST && amounts[i] > bank) {
        lost += amounts[i] - bank;
        amounts[i] = bank;
      }
    }
    return lost;
  }

  /** More guarantee cover lifts the bank cap; returns by how much it was lifted. */
  private long raiseGuarantees(long[] amounts, long bank, long wanted) {
    long raised = 0;
    for (int i = 0; i < prepared.size() && raised < wanted; i++) {
      Candidate candidate = prepared.candidate(i);
      if (!candidate.isGuarantee() || amounts[i] == 0) {
        continue;
      }
      long room = candidate.maxEur() - amounts[i];
      if (candidate.coversBankLoan()) {
        room = Math.min(room, shareOfBank(candidate, bank) - amounts[i]);
      }
      long step = Math.min(Math.min(room, aidRoom(amounts, candidate)), wanted - raised);
      if (step > 0) {
        amounts[i] += step;
        raised += step;
      }
    }
    return raised;
  }

  /**
   * Moves euros the bank cannot lend onto chosen funding parts with room. Only a few euros move, so
   * what they cost hardly matters; what matters is that they fit, and when an aid ceiling is what
   * binds, the parts with the least aid per euro fit the most euros.
   */
  private long raiseFunding(Choices choices, long[] amounts, long bank, long wanted) {
    long shifted = 0;
    Integer[] order = new Integer[prepared.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, leastAidPerEuroThenCheapest);
    for (int i : order) {
      Candidate candidate = prepared.candidate(i);
      if (shifted >= wanted
          || !candidate.fundsNow()
          || candidate.lentByTheBank()
          || amounts[i] == 0) {
        continue;
      }
      long room = Math.min(highest(choices, i) - amounts[i], aidRoom(amounts, candidate));
      if (choices.state(i) == OptionState.IN_BANK_FIRST) {
        room = Math.min(room, bank - amounts[i]);
      }
      long step = Math.min(room, wanted - shifted);
      if (step > 0) {
        amounts[i] += step;
        shifted += step;
      }
    }
    return shifted;
  }

  /** Whole euros the candidate can still grow before any aid ceiling it counts on is reached. */
  private long aidRoom(long[] amounts, Candidate candidate) {
    long room = Long.MAX_VALUE;
    for (AidCeiling ceiling : limits.aidCeilings()) {
      double perEuro = ceiling.perEuro(candidate);
      if (perEuro > 0 && ceiling.inForce(prepared, amounts)) {
        double used = ceiling.aidEur(prepared, amounts);
        room = Math.min(room, Math.max(0, (long) Math.floor((ceiling.capEur() - used) / perEuro)));
      }
    }
    return room;
  }
}
