package nl.maakmatch.matching.catalogue;

import java.util.Objects;

/**
 * Other terms an instrument offers to some firms, replacing the regular amounts where set: BMKB for
 * starters (BSK 75%, net cover 67.5%, at most 200,000 guaranteed credit) and for technically
 * innovative firms (BSK 2/3, net about 60%); VFF for innovative starters (100% of the costs, up to
 * 350,000).
 *
 * @param kind who gets it
 * @param coverShareOfBankLoan for a guarantee: the share of the bank loan the state covers
 * @param coverMax for a guarantee: the most the state covers
 * @param partMax the largest amount (for a guarantee: the largest loan)
 * @param costShare the share of the costs it may cover
 */
public record Variant(
    Kind kind, Double coverShareOfBankLoan, Long coverMax, Long partMax, Double costShare) {

  public Variant {
    Objects.requireNonNull(kind, "kind");
  }

  /** Who a variant is for. */
  public enum Kind {
    /**
     * A young firm: below the instrument's {@code starterMaxAgeYears} when the plan starts. The
     * engine applies it.
     */
    STARTER,
    /**
     * A technically innovative firm (BMKB: with an S&O-verklaring). The engine cannot see that, so
     * it names the variant instead of applying it.
     */
    INNOVATIVE
  }
}
