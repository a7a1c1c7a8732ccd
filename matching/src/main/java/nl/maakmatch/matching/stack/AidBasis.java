package nl.maakmatch.matching.stack;

/** Which state-aid ceiling an aid element counts against. */
public enum AidBasis {
  /** Market-conform or outside state aid (GO, Invest-NL, EIB loans, generic fiscal measures). */
  NONE,
  /** Counts against the EUR 300,000 rolling three-year de minimis ceiling (Reg. 2023/2831). */
  DE_MINIMIS,
  /** Counts against the GBER aid intensity for the same eligible costs (Reg. 651/2014). */
  GBER
}
