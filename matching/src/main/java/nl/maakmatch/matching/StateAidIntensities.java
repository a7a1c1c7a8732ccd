package nl.maakmatch.matching;

import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.stack.LegalBasis;

/**
 * The largest aid intensity each legal basis allows a firm of a given size, as a share of the
 * eligible costs (docs/rules/gber.md). Aid on the same costs cumulates up to the highest of these
 * that applies to them (GBER art. 8(3)).
 *
 * <ul>
 *   <li>art. 17: small (and micro) 20%, medium 10%, large 0;
 *   <li>art. 25: industrial research 50%, experimental development 25%, feasibility studies 50%
 *       [estimate], plus 10 points for medium and 20 for small firms, at most 80% (the
 *       collaboration bonus is not assumed);
 *   <li>arts. 36, 38, 41 (environmental and energy chapter): the reference gives "typically 30–70%
 *       depending on article and size"; the engine takes the low end, 30%, with the same SME top-up
 *       as art. 25 [estimate];
 *   <li>art. 22 start-up aid is set in amounts, not an intensity; de minimis has its own headroom;
 *       EU funds carry the programme's own rate: none of these limits an option by intensity.
 * </ul>
 */
final class StateAidIntensities {

  private StateAidIntensities() {}

  /** The largest intensity the basis allows on the costs an option covers; 1 for none. */
  static double of(LegalBasis basis, SizeClass size) {
    return switch (basis) {
      case GBER_ART_17 -> StackProblemAssembler.gberInvestmentAidCap(size);
      case GBER_ART_25_INDUSTRIAL_RESEARCH, GBER_ART_25_FEASIBILITY -> withSmeTopUp(0.50, size);
      case GBER_ART_25_EXPERIMENTAL_DEVELOPMENT -> withSmeTopUp(0.25, size);
      case GBER_ART_36, GBER_ART_38, GBER_ART_41 -> withSmeTopUp(0.30, size);
      case GBER_ART_22, DE_MINIMIS, EU_FUNDS, NO_AID -> 1.0;
    };
  }

  /**
   * The intensity the basis makes applicable to the costs it covers, for the cumulation ceiling:
   * only GBER articles set one (de minimis and EU funds count inside a line's ceiling, they do not
   * raise it; art. 22 sets amounts).
   */
  static double applicableTo(LegalBasis basis, SizeClass size) {
    return switch (basis) {
      case GBER_ART_22, DE_MINIMIS, EU_FUNDS, NO_AID -> 0;
      default -> of(basis, size);
    };
  }

  private static double withSmeTopUp(double base, SizeClass size) {
    double topUp =
        switch (size) {
          case MICRO, SMALL -> 0.20;
          case MEDIUM -> 0.10;
          case LARGE -> 0;
        };
    return Math.min(0.80, base + topUp);
  }
}
