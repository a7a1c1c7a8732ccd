package nl.maakmatch.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.maakmatch.domain.DomainMessages;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.matching.text.Message;
import org.junit.jupiter.api.Test;

class AccessTest {

  private static final Message REASON = DomainMessages.TEXT.get("firm.membersOnly");

  @Test
  void anAllowedAnswerGivesItsGround() {
    assertThat(Access.allowed(Ground.CONSENT).require(RecordKind.PLAN, "p1"))
        .isEqualTo(Ground.CONSENT);
  }

  @Test
  void aHiddenRecordIsAnsweredAsNotFound() {
    assertThatThrownBy(() -> Access.hidden(REASON).require(RecordKind.PLAN, "p1"))
        .isInstanceOfSatisfying(
            RecordNotFound.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RecordKind.PLAN);
              assertThat(e.id()).isEqualTo("p1");
            });
  }

  @Test
  void aRefusalIsAnsweredAsNotPermittedWithItsReason() {
    assertThatThrownBy(() -> Access.refused(REASON).require(RecordKind.PLAN, "p1"))
        .isInstanceOfSatisfying(
            NotPermitted.class, e -> assertThat(e.explanation()).isEqualTo(REASON));
  }

  @Test
  void asksTheNextQuestionOnlyWhenTheFirstAllows() {
    Access hidden = Access.hidden(REASON);

    assertThat(hidden.then(() -> Access.allowed(Ground.MEMBER))).isSameAs(hidden);
    assertThat(Access.allowed(Ground.GUIDANCE).then(() -> Access.refused(REASON)))
        .isEqualTo(Access.refused(REASON));
  }

  @Test
  void leavesARoleTaskToThatRole() {
    assertThat(Access.onlyFor(Actor.firmOwner("anna"), Role.FIRM, REASON))
        .isEqualTo(Access.allowed(Ground.ROLE));
    assertThat(Access.onlyFor(Actor.firmOwner("anna"), Role.ADMIN, REASON))
        .isEqualTo(Access.refused(REASON));
  }
}
