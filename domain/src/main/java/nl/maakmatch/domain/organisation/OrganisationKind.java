package nl.maakmatch.domain.organisation;

/** What an organisation is, which decides what it may be given. */
public enum OrganisationKind {
  BANK,
  INVESTOR,
  ROM,
  OTHER;

  /** Banks and investors are the financiers a firm may share a plan with. */
  public boolean finances() {
    return this == BANK || this == INVESTOR;
  }
}
