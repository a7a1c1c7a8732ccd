package nl.maakmatch.matching.referral;

import java.util.EnumSet;
import java.util.Set;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;

/**
 * The kinds of support the industry note (CDA, "Industriepolitiek maakindustrie", 2022; seed
 * summary) names next to financing, with the plan purposes and key technologies they help with.
 */
public enum Support {
  /**
   * "Smart Industry Fieldlabs leveren een belangrijke bijdrage aan de adoptie en versnelling van
   * innovatietoepassingen": trying out new production technology before investing in it.
   */
  FIELDLAB(EnumSet.of(Purpose.MACHINERY, Purpose.PROCESS_INNOVATION), Set.of(), false),
  /**
   * "MKB-ondernemers kunnen veel baat hebben bij samenwerking met kennisinstellingen in de
   * TO2-federatie": applied research with a knowledge institution.
   */
  TO2_INSTITUTE(
      EnumSet.of(
          Purpose.RD, Purpose.PRODUCT_INNOVATION, Purpose.PROCESS_INNOVATION, Purpose.FEASIBILITY),
      Set.of(),
      false),
  /**
   * "Regionale Digitale Hubs (die momenteel worden ingericht met provinciaal, rijks- en Europees
   * geld)": the European Digital Innovation Hubs, for digitalisation and AI, in the firm's region.
   */
  DIGITAL_HUB(EnumSet.of(Purpose.PROCESS_INNOVATION), Set.of(KeyTechnology.AI), true);

  private final Set<Purpose> purposes;
  private final Set<KeyTechnology> technologies;
  private final boolean regional;

  Support(Set<Purpose> purposes, Set<KeyTechnology> technologies, boolean regional) {
    this.purposes = purposes;
    this.technologies = technologies;
    this.regional = regional;
  }

  Set<Purpose> purposes() {
    return purposes;
  }

  Set<KeyTechnology> technologies() {
    return technologies;
  }

  /** Organised per region, so the firm is pointed to the one in its province. */
  boolean regional() {
    return regional;
  }
}
