package nl.maakmatch.domain.deal;

/** What of its file the firm shows the financier with an introduction; nothing else is shown. */
public enum SharedPart {
  /** The plan: purpose, investments, milestones, expected effects, and its stored match. */
  PLAN,
  /** The firm's figures: size, turnover, balance sheet, de minimis received. */
  FIGURES,
  /** The documents uploaded to the plan (business plan, annual accounts, quotes). */
  DOCUMENTS
}
