package nl.maakmatch.domain.document;

/** What a document is to the plan, as the firm says when it uploads it. */
public enum DocumentKind {
  BUSINESS_PLAN,
  ANNUAL_ACCOUNTS,
  /** A supplier's quote for a machine or installation. */
  QUOTE,
  OTHER
}
