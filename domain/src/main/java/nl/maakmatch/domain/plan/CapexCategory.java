package nl.maakmatch.domain.plan;

/** What a capital-expenditure line buys. */
public enum CapexCategory {
  MACHINERY,
  BUILDINGS,
  EQUIPMENT,
  SOFTWARE,
  RD,
  ENERGY_INSTALLATION,
  VEHICLES,
  INTANGIBLE,
  WORKING_CAPITAL,
  OTHER
}
