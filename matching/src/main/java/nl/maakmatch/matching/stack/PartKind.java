package nl.maakmatch.matching.stack;

/** What a part of a financing stack is, which decides how it counts towards the need. */
public enum PartKind {
  /** The firm's own money: funds the need, costs its opportunity rate. */
  OWN_FUNDS,
  /** The commercial bank loan that every stack may lean on. */
  BANK_LOAN,
  LOAN,
  SUBORDINATED_LOAN,
  CONVERTIBLE_LOAN,
  EQUITY,
  GRANT,
  /** Covers part of the bank loan: provides no money itself. */
  GUARANTEE,
  /** A later tax deduction or credit: provides no money now. */
  TAX_BENEFIT;

  /** Whether this kind of part brings money now, and so reduces the uncovered need. */
  public boolean fundsNow() {
    return this != GUARANTEE && this != TAX_BENEFIT;
  }
}
