package nl.maakmatch.matching.plan;

/**
 * Technologies a plan works in. The first six are the key technologies the 2022 industry note names
 * (energy, food, water, semiconductors, medicines, care); semiconductors, photonics and quantum are
 * "very sensitive technology" under the Besluit toepassingsbereik sensitieve technologie (Stb.
 * 2023, 172), see docs/rules/wet-vifo.md.
 */
public enum KeyTechnology {
  ENERGY(true, Sensitivity.NONE),
  FOOD(true, Sensitivity.NONE),
  WATER(true, Sensitivity.NONE),
  SEMICONDUCTORS(true, Sensitivity.VERY_SENSITIVE),
  MEDICINES(true, Sensitivity.NONE),
  CARE(true, Sensitivity.NONE),
  PHOTONICS(false, Sensitivity.VERY_SENSITIVE),
  QUANTUM(false, Sensitivity.VERY_SENSITIVE),
  /** In the 2024–2025 consultation to extend Wet Vifo; in force was not confirmed. */
  AI(false, Sensitivity.PROPOSED),
  /** In the 2024–2025 consultation to extend Wet Vifo; in force was not confirmed. */
  BIOTECH(false, Sensitivity.PROPOSED),
  OTHER(false, Sensitivity.NONE);

  private final boolean namedInIndustryNote;
  private final Sensitivity sensitivity;

  KeyTechnology(boolean namedInIndustryNote, Sensitivity sensitivity) {
    this.namedInIndustryNote = namedInIndustryNote;
    this.sensitivity = sensitivity;
  }

  /** One of the six key technologies of the 2022 industry note the product was built from. */
  public boolean isStrategic() {
    return namedInIndustryNote;
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /** How Wet Vifo treats a stake in a firm active in this technology. */
  public enum Sensitivity {
    NONE,
    /** Notify at 10%, 20% and 25% of votes, and on control; standstill until the decision. */
    VERY_SENSITIVE,
    /** Named in the consultation to extend the act; check whether it applies now. */
    PROPOSED
  }
}
