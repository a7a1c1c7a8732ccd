package nl.maakmatch.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.maakmatch.domain.fixtures.Actors;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class PlanShareTest {

  private final UUID plan = UUID.randomUUID();

  @Test
  void aConsentIsInForceFromTheMomentTheFirmGivesIt() {
    PlanShare share = PlanShare.consent(plan, Actors.THE_BANK, "anna", Time.fixedClock());

    assertThat(share.isActive()).isTrue();
    assertThat(share.organisation()).isEqualTo(Actors.THE_BANK);
    assertThat(share.consentedBy()).isEqualTo("anna");
    assertThat(share.consentedAt()).isEqualTo(OffsetDateTime.now(Time.fixedClock()));
  }

  @Test
  void withdrawingEndsTheConsentButKeepsItOnRecord() {
    PlanShare share = PlanShare.consent(plan, Actors.THE_BANK, "anna", Time.fixedClock());

    share.withdraw("anna", Time.later(Duration.ofDays(3)));

    assertThat(share.isActive()).isFalse();
    assertThat(share.withdrawnAt()).isEqualTo(OffsetDateTime.now(Time.later(Duration.ofDays(3))));
    assertThat(share.consentedAt()).isEqualTo(OffsetDateTime.now(Time.fixedClock()));
  }

  @Test
  void withdrawingAgainKeepsTheFirstWithdrawal() {
    PlanShare share = PlanShare.consent(plan, Actors.THE_BANK, "anna", Time.fixedClock());
    share.withdraw("anna", Time.later(Duration.ofDays(3)));

    share.withdraw("anna", Time.later(Duration.ofDays(5)));

    assertThat(share.withdrawnAt()).isEqualTo(OffsetDateTime.now(Time.later(Duration.ofDays(3))));
  }
}
