package nl.maakmatch.domain.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class FirmInvitationTest {

  private final Clock clock = Time.fixedClock();
  private final FirmInvitation.Issued issued =
      FirmInvitation.issue(UUID.randomUUID(), "anna", clock);
  private final FirmInvitation invitation = issued.invitation();

  @Test
  void aNewInvitationIsUsableForAWeek() {
    assertThat(invitation.isUsable(clock)).isTrue();
    assertThat(invitation.isUsable(Time.later(FirmInvitation.VALID_FOR.minusMinutes(1)))).isTrue();
    assertThat(invitation.expiresAt()).isEqualTo(OffsetDateTime.now(clock).plusDays(7));
    assertThat(invitation.invitedBy()).isEqualTo("anna");
  }

  @Test
  void anExpiredInvitationIsNoLongerUsable() {
    Clock aWeekLater = Time.later(FirmInvitation.VALID_FOR);

    assertThat(invitation.isUsable(aWeekLater)).isFalse();
    assertThatThrownBy(() -> invitation.accept("bram", aWeekLater))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void anInvitationWorksOnce() {
    invitation.accept("bram", clock);

    assertThat(invitation.isUsable(clock)).isFalse();
    assertThatThrownBy(() -> invitation.accept("carla", Time.later(Duration.ofMinutes(1))))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void onlyAHashOfTheCodeIsKeptAndTheCodeIsReadForgivingly() {
    String code = issued.code();

    assertThat(code).hasSize(12).matches("[A-HJ-NP-Z2-9]+");
    assertThat(FirmInvitation.hash(code)).isNotEqualTo(code).hasSize(64);
    assertThat(FirmInvitation.hash(" " + code.toLowerCase() + " "))
        .isEqualTo(FirmInvitation.hash(code));
  }
}
