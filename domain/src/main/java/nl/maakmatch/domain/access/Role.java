package nl.maakmatch.domain.access;

/** The realm roles of MaakMatch's three portals and its administrators. */
public enum Role {
  FIRM("firm"),
  ADVISER("adviser"),
  FINANCIER("financier"),
  ADMIN("admin");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The name as it appears in the token's {@code groups} claim. */
  public String claim() {
    return claim;
  }
}
