package nl.maakmatch.matching.scoring;

import java.util.List;
import nl.maakmatch.matching.flag.Flag;

/** A certainty level and the flags that explain it. */
public record CertaintyAssessment(Certainty certainty, List<Flag> flags) {

  public CertaintyAssessment {
    flags = List.copyOf(flags);
  }
}
