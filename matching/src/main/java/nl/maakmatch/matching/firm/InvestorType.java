package nl.maakmatch.matching.firm;

/**
 * Investors that may hold 25% or more of a firm without ending its autonomy, provided they are not
 * linked to it (Recommendation 2003/361 annex art. 3(2), docs/rules/sme-definition.md). The
 * reference's matching note: "a ROM or Invest-NL stake is normally an institutional/public investor
 * exception".
 */
public enum InvestorType {
  /** A public investment corporation: a ROM, Invest-NL. */
  PUBLIC_INVESTMENT_COMPANY,
  /** A venture capital company or business angel investing under EUR 1.25 M in the firm. */
  VENTURE_CAPITAL_OR_ANGEL,
  /** A university or non-profit research centre. */
  UNIVERSITY,
  /** An institutional investor, including a regional development fund. */
  INSTITUTIONAL_INVESTOR,
  /** A small autonomous local authority: budget under EUR 10 M, fewer than 5,000 inhabitants. */
  SMALL_LOCAL_AUTHORITY
}
