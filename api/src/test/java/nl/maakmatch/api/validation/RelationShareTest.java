package nl.maakmatch.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;
import org.junit.jupiter.api.Test;

/**
 * Recommendation 2003/361 annex art. 3: a partner holds 25–50%; a linked enterprise more than 50%,
 * or any share when it controls by contract or board appointment (art. 3(3), issue #11 point 6).
 */
class RelationShareTest {

  private final RelationShare.Validator validator = new RelationShare.Validator();

  @Test
  void acceptsAPartnerBetweenAQuarterAndAHalf() {
    assertThat(violationsOf(Relation.PARTNER, "40", null)).isEmpty();
  }

  @Test
  void refusesALinkedEnterpriseAtHalfOrLessWithoutControl() {
    assertThat(violationsOf(Relation.LINKED, "30", false))
        .containsExactly("sharePct: {maakmatch.linkedShare}");
  }

  @Test
  void acceptsALinkedEnterpriseAtAnyShareWhenItControlsByOtherMeans() {
    assertThat(violationsOf(Relation.LINKED, "20", true)).isEmpty();
  }

  @Test
  void refusesControlByOtherMeansOnAPartnerBecauseControlMakesItLinked() {
    assertThat(violationsOf(Relation.PARTNER, "40", true))
        .containsExactly("controlByOtherMeans: {maakmatch.controlMakesLinked}");
  }

  private List<String> violationsOf(Relation relation, String share, Boolean control) {
    RecordingContext recording = new RecordingContext();
    boolean valid = validator.isValid(stake(relation, share, control), recording.context());
    assertThat(valid).isEqualTo(recording.violations().isEmpty());
    return recording.violations();
  }

  private static RelationShare.Related stake(Relation relation, String share, Boolean control) {
    return new RelationShare.Related() {
      @Override
      public Relation relation() {
        return relation;
      }

      @Override
      public BigDecimal sharePct() {
        return new BigDecimal(share);
      }

      @Override
      public Boolean controlByOtherMeans() {
        return control;
      }
    };
  }
}
