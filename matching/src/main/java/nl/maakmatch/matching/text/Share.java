package nl.maakmatch.matching.text;

/** A fraction shown as a percentage without needless decimals: 0.675 → "67,5%" / "67.5%". */
public record Share(double fraction) {

  public static Share of(double fraction) {
    return new Share(fraction);
  }
}
