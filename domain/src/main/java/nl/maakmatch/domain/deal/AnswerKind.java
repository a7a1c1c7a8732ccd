package nl.maakmatch.domain.deal;

/** A financier's answer to an introduction, and the state it leads to. */
public enum AnswerKind {
  INTERESTED(IntroductionState.INTERESTED),
  NEEDS_INFO(IntroductionState.NEEDS_INFO),
  DECLINED(IntroductionState.DECLINED),
  OFFER(IntroductionState.OFFERED);

  private final IntroductionState leadsTo;

  AnswerKind(IntroductionState leadsTo) {
    this.leadsTo = leadsTo;
  }

  public IntroductionState leadsTo() {
    return leadsTo;
  }
}
