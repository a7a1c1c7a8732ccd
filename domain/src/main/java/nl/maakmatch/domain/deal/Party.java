package nl.maakmatch.domain.deal;

/** On whose side a step of an introduction was taken. */
public enum Party {
  FIRM,
  ADVISER,
  FINANCIER,
  /** MaakMatch itself: an offer that expired, an answer that became overdue. */
  SYSTEM
}
