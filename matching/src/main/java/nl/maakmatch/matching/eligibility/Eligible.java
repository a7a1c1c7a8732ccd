package nl.maakmatch.matching.eligibility;

import java.util.List;
import nl.maakmatch.matching.text.Message;

/** The plan meets the rule; {@code reasons} say why it fits, where that is worth saying. */
public record Eligible(List<Message> reasons) implements Eligibility {

  public static final Eligible WITHOUT_COMMENT = new Eligible(List.of());

  public Eligible {
    reasons = List.copyOf(reasons);
  }

  @Override
  public Verdict verdict() {
    return Verdict.ELIGIBLE;
  }
}
