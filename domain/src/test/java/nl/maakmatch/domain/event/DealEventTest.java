package nl.maakmatch.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DealEventTest {

  private static final UUID INTRODUCTION = UUID.fromString("00000000-0000-4000-8000-0000000001a1");
  private static final UUID FIRM = UUID.fromString("00000000-0000-4000-8000-00000000f001");
  private static final String THE_BANK = "rabobank-demo";

  static Stream<Class<?>> dealEventTypes() {
    return Arrays.stream(DealEvent.class.getPermittedSubclasses());
  }

  private static DealEvent anEventOfType(Class<?> type) throws ReflectiveOperationException {
    return (DealEvent)
        type.getDeclaredConstructor(UUID.class, UUID.class, String.class)
            .newInstance(INTRODUCTION, FIRM, THE_BANK);
  }

  @Test
  void everyStepOfTheDealFlowHasItsEventType() {
    assertThat(dealEventTypes().map(Class::getSimpleName))
        .contains(
            "IntroductionRequested",
            "IntroductionSeen",
            "InterestShown",
            "InformationRequested",
            "IntroductionDeclined",
            "OfferMade",
            "MessagePosted",
            "OfferAccepted",
            "OfferRejected",
            "IntroductionWithdrawn",
            "IntroductionFunded",
            "OfferExpired",
            "AnswerOverdue");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dealEventTypes")
  void concernsTheIntroductionTheFirmAndTheOrganisation(Class<?> type) throws Exception {
    DealEvent event = anEventOfType(type);

    assertThat(event.aggregateType()).isEqualTo("introduction");
    assertThat(event.aggregateId()).isEqualTo(INTRODUCTION.toString());
    assertThat(event.firmId()).contains(FIRM);
    assertThat(event.detail()).contains(THE_BANK);
    assertThat(event.reason()).isEmpty();
    assertThat(event.type()).isEqualTo(type.getSimpleName());
  }
}
