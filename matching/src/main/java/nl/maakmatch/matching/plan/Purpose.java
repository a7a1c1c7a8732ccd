package nl.maakmatch.matching.plan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a plan spends the money on; matched against what an instrument finances. */
public enum Purpose {
  MACHINERY,
  BUILDINGS,
  RD,
  PROCESS_INNOVATION,
  PRODUCT_INNOVATION,
  FEASIBILITY,
  ENERGY_CLIMATE,
  CIRCULAR,
  WORKING_CAPITAL,
  EXPORT,
  GROWTH_CAPITAL,
  ACQUISITION;

  /**
   * The purposes a `finances` tag of the reference catalogue stands for. Most tags are one purpose;
   * the others map to what the money is actually spent on:
   *
   * <ul>
   *   <li>prototype_pilot and demonstration are the build-and-test stages of a new product or
   *       process → PRODUCT_INNOVATION and PROCESS_INNOVATION;
   *   <li>scale_up is growth of a proven firm → GROWTH_CAPITAL;
   *   <li>foreign_investment is investing abroad → EXPORT (internationalisation);
   *   <li>acquisition_buyout → ACQUISITION.
   * </ul>
   *
   * @return empty when the tag is unknown
   */
  public static Optional<Set<Purpose>> fromFinancesTag(String tag) {
    return Optional.ofNullable(
        switch (tag.strip().toLowerCase(Locale.ROOT)) {
          case "machinery" -> EnumSet.of(MACHINERY);
          case "buildings" -> EnumSet.of(BUILDINGS);
          case "rd" -> EnumSet.of(RD);
          case "process_innovation" -> EnumSet.of(PROCESS_INNOVATION);
          case "product_innovation" -> EnumSet.of(PRODUCT_INNOVATION);
          case "feasibility" -> EnumSet.of(FEASIBILITY);
          case "prototype_pilot", "demonstration" ->
              EnumSet.of(PRODUCT_INNOVATION, PROCESS_INNOVATION);
          case "energy_climate" -> EnumSet.of(ENERGY_CLIMATE);
          case "circular" -> EnumSet.of(CIRCULAR);
          case "working_capital" -> EnumSet.of(WORKING_CAPITAL);
          case "export", "foreign_investment" -> EnumSet.of(EXPORT);
          case "growth_capital", "scale_up" -> EnumSet.of(GROWTH_CAPITAL);
          case "acquisition_buyout" -> EnumSet.of(ACQUISITION);
          default -> null;
        });
  }
}
