package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.fixtures.Actors.THE_BANK;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.fixtures.Time;

/**
 * Introductions for tests, named for what they build: a plan of the firm introduced to the bank on
 * {@link Time#NOW}, due a week later, and brought to any state along the allowed steps.
 */
final class IntroductionFixtures {

  static final UUID THE_PLAN = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
  static final UUID THE_FIRM = UUID.fromString("00000000-0000-4000-8000-00000000f001");

  /** The bank promises an answer within a week of the request. */
  static final OffsetDateTime DUE_AT = OffsetDateTime.now(Time.fixedClock()).plusDays(7);

  private static final Clock CLOCK = Time.fixedClock();

  private IntroductionFixtures() {}

  /** The plan and the firm's figures, with two instruments in mind and a short message. */
  static Introduction.Request aRequestToTheBank() {
    return new Introduction.Request(
        THE_PLAN,
        THE_FIRM,
        THE_BANK,
        List.of("innovatiekrediet", "bmkb"),
        Set.of(SharedPart.PLAN, SharedPart.FIGURES),
        "Graag uw reactie op ons plan.");
  }

  static Introduction aRequestedIntroduction() {
    return Introduction.request(aRequestToTheBank(), "anna", DUE_AT, Optional.empty(), CLOCK);
  }

  /** 250k through the innovation credit at 4.5 % over five years, valid until {@code until}. */
  static Offer anOfferValidUntil(LocalDate until) {
    return new Offer(
        250_000, "innovatiekrediet", new BigDecimal("4.5"), 60, "Zekerheid op de machines", until);
  }

  /** An offer that is valid through today only. */
  static Offer anOfferValidThroughToday() {
    return anOfferValidUntil(Time.TODAY);
  }

  /** An introduction brought to {@code state} along the steps that lead there, all today. */
  static Introduction anIntroductionIn(IntroductionState state) {
    Introduction introduction = aRequestedIntroduction();
    switch (state) {
      case REQUESTED -> {}
      case SEEN -> introduction.seen(CLOCK);
      case INTERESTED -> answer(introduction, AnswerKind.INTERESTED);
      case NEEDS_INFO -> answer(introduction, AnswerKind.NEEDS_INFO);
      case DECLINED ->
          introduction.answer(
              AnswerKind.DECLINED, Optional.of(DeclineReason.TOO_SMALL), Optional.empty(), CLOCK);
      case OFFERED -> offer(introduction);
      case ACCEPTED -> {
        offer(introduction);
        introduction.decide(true, CLOCK);
      }
      case REJECTED -> {
        offer(introduction);
        introduction.decide(false, CLOCK);
      }
      case FUNDED -> {
        offer(introduction);
        introduction.decide(true, CLOCK);
        introduction.funded(250_000, CLOCK);
      }
      case WITHDRAWN -> introduction.withdraw(CLOCK);
      case EXPIRED -> {
        offer(introduction);
        introduction.expireIfPast(Time.later(Duration.ofDays(1)));
      }
    }
    if (introduction.state() != state) {
      throw new IllegalStateException("the fixture did not reach " + state);
    }
    return introduction;
  }

  private static void answer(Introduction introduction, AnswerKind kind) {
    introduction.answer(kind, Optional.empty(), Optional.empty(), CLOCK);
  }

  private static void offer(Introduction introduction) {
    introduction.answer(
        AnswerKind.OFFER, Optional.empty(), Optional.of(anOfferValidThroughToday()), CLOCK);
  }
}
