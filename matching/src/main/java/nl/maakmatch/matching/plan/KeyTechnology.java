package nl.maakmatch.matching.plan;

/**
 * Technologies a plan works in. The first six are the key technologies the 2022 industry note names
 * (energy, food, water, semiconductors, medicines, care); semiconductors, photonics and quantum are
 * "very sensitive technology" under the Besluit toepassingsbereik sensitieve technologie (Stb.
 * 2023, 172), see docs/rules/wet-vifo.md.
 */
public enum KeyTechnology {
  ENERGY("energie", "energy", true, Sensitivity.NONE),
  FOOD("voedsel", "food", true, Sensitivity.NONE),
  WATER("water", "water", true, Sensitivity.NONE),
  SEMICONDUCTORS("halfgeleiders", "semiconductors", true, Sensitivity.VERY_SENSITIVE),
  MEDICINES("geneesmiddelen", "medicines", true, Sensitivity.NONE),
  CARE("zorg", "care", true, Sensitivity.NONE),
  PHOTONICS("fotonica", "photonics", false, Sensitivity.VERY_SENSITIVE),
  QUANTUM("quantumtechnologie", "quantum technology", false, Sensitivity.VERY_SENSITIVE),
  /** In the 2024–2025 consultation to extend Wet Vifo; in force was not confirmed. */
  AI("kunstmatige intelligentie", "artificial intelligence", false, Sensitivity.PROPOSED),
  /** In the 2024–2025 consultation to extend Wet Vifo; in force was not confirmed. */
  BIOTECH("biotechnologie", "biotechnology", false, Sensitivity.PROPOSED),
  OTHER("overige technologie", "other technology", false, Sensitivity.NONE);

  private final String dutch;
  private final String english;
  private final boolean namedInIndustryNote;
  private final Sensitivity sensitivity;

  KeyTechnology(
      String dutch, String english, boolean namedInIndustryNote, Sensitivity sensitivity) {
    this.dutch = dutch;
    this.english = english;
    this.namedInIndustryNote = namedInIndustryNote;
    this.sensitivity = sensitivity;
  }

  public String dutch() {
    return dutch;
  }

  public String english() {
    return english;
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
