package nl.maakmatch.matching.text;

/** An amount in whole euros: Dutch "€ 1.200.000", English "€1,200,000". */
public record Money(long euros) {

  public static Money of(long euros) {
    return new Money(euros);
  }
}
