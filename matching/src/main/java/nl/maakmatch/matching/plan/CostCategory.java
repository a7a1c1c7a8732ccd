package nl.maakmatch.matching.plan;

/** What a line of the plan's costs buys; decides which aid can cover it. */
public enum CostCategory {
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
