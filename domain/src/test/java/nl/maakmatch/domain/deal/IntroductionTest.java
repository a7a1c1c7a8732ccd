package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.deal.IntroductionFixtures.DUE_AT;
import static nl.maakmatch.domain.deal.IntroductionFixtures.THE_FIRM;
import static nl.maakmatch.domain.deal.IntroductionFixtures.THE_PLAN;
import static nl.maakmatch.domain.deal.IntroductionFixtures.aRequestToTheBank;
import static nl.maakmatch.domain.deal.IntroductionFixtures.aRequestedIntroduction;
import static nl.maakmatch.domain.deal.IntroductionFixtures.anIntroductionIn;
import static nl.maakmatch.domain.deal.IntroductionFixtures.anOfferValidThroughToday;
import static nl.maakmatch.domain.deal.IntroductionFixtures.anOfferValidUntil;
import static nl.maakmatch.domain.fixtures.Actors.THE_BANK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntroductionTest {

  private final Clock clock = Time.fixedClock();
  private final Clock aDayLater = Time.later(Duration.ofDays(1));

  /** Where each answer may be given: the rule of the state machine, written out. */
  private static final Map<AnswerKind, Set<IntroductionState>> ANSWERABLE_IN =
      Map.of(
          AnswerKind.INTERESTED,
          EnumSet.of(
              IntroductionState.REQUESTED,
              IntroductionState.SEEN,
              IntroductionState.INTERESTED,
              IntroductionState.NEEDS_INFO),
          AnswerKind.NEEDS_INFO,
          EnumSet.of(
              IntroductionState.REQUESTED,
              IntroductionState.SEEN,
              IntroductionState.INTERESTED,
              IntroductionState.NEEDS_INFO),
          AnswerKind.DECLINED,
          EnumSet.of(
              IntroductionState.REQUESTED,
              IntroductionState.SEEN,
              IntroductionState.INTERESTED,
              IntroductionState.NEEDS_INFO,
              IntroductionState.REJECTED,
              IntroductionState.EXPIRED),
          AnswerKind.OFFER,
          EnumSet.of(
              IntroductionState.REQUESTED,
              IntroductionState.SEEN,
              IntroductionState.INTERESTED,
              IntroductionState.NEEDS_INFO,
              IntroductionState.REJECTED,
              IntroductionState.EXPIRED));

  private static final Map<AnswerKind, IntroductionState> LEADS_TO =
      Map.of(
          AnswerKind.INTERESTED, IntroductionState.INTERESTED,
          AnswerKind.NEEDS_INFO, IntroductionState.NEEDS_INFO,
          AnswerKind.DECLINED, IntroductionState.DECLINED,
          AnswerKind.OFFER, IntroductionState.OFFERED);

  // --- the request ---

  @Test
  void startsRequestedWithWhatTheFirmAskedAndWhenAnAnswerIsDue() {
    Introduction introduction = aRequestedIntroduction();

    assertThat(introduction.state()).isEqualTo(IntroductionState.REQUESTED);
    assertThat(introduction.planId()).isEqualTo(THE_PLAN);
    assertThat(introduction.firmId()).isEqualTo(THE_FIRM);
    assertThat(introduction.organisation()).isEqualTo(THE_BANK);
    assertThat(introduction.requestedBy()).isEqualTo("anna");
    assertThat(introduction.requestedAt()).isEqualTo(OffsetDateTime.now(clock));
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(clock));
    assertThat(introduction.dueAt()).isEqualTo(DUE_AT);
    assertThat(introduction.message()).contains("Graag uw reactie op ons plan.");
    assertThat(introduction.seenAt()).isEmpty();
    assertThat(introduction.answeredAt()).isEmpty();
    assertThat(introduction.reroutedFrom()).isEmpty();
    assertThat(introduction.offer()).isEmpty();
    assertThat(introduction.declineReason()).isEmpty();
    assertThat(introduction.fundedAmountEur()).isEmpty();
  }

  @Test
  void givesBackTheSharedPartsAndTheInstrumentsInMindAsAsked() {
    Introduction introduction =
        Introduction.request(
            new Introduction.Request(
                THE_PLAN,
                THE_FIRM,
                THE_BANK,
                List.of("vff", "innovatiekrediet", "bmkb"),
                Set.of(SharedPart.DOCUMENTS, SharedPart.PLAN),
                null),
            "anna",
            DUE_AT,
            Optional.empty(),
            clock);

    assertThat(introduction.instrumentIds()).containsExactly("vff", "innovatiekrediet", "bmkb");
    assertThat(introduction.shared())
        .containsExactlyInAnyOrder(SharedPart.PLAN, SharedPart.DOCUMENTS);
    assertThat(introduction.shares(SharedPart.DOCUMENTS)).isTrue();
    assertThat(introduction.shares(SharedPart.FIGURES)).isFalse();
    assertThat(introduction.message()).isEmpty();
  }

  @Test
  void anIntroductionWithoutInstrumentsInMindHasNone() {
    Introduction introduction =
        Introduction.request(
            new Introduction.Request(
                THE_PLAN, THE_FIRM, THE_BANK, List.of(), Set.of(SharedPart.FIGURES), "Hallo"),
            "anna",
            DUE_AT,
            Optional.empty(),
            clock);

    assertThat(introduction.instrumentIds()).isEmpty();
    assertThat(introduction.shared()).containsExactly(SharedPart.FIGURES);
  }

  @Test
  void aReroutedIntroductionRemembersTheOneItFollows() {
    UUID declined = UUID.randomUUID();

    Introduction introduction =
        Introduction.request(aRequestToTheBank(), "anna", DUE_AT, Optional.of(declined), clock);

    assertThat(introduction.reroutedFrom()).contains(declined);
  }

  @Test
  void anIntroductionSharesAtLeastOnePart() {
    assertThatThrownBy(
            () ->
                new Introduction.Request(
                    THE_PLAN, THE_FIRM, THE_BANK, List.of(), Set.of(), "Graag uw reactie"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whatIsAskedDoesNotChangeWhenTheCallersListsDo() {
    List<String> instruments = new ArrayList<>(List.of("vff"));
    Set<SharedPart> shared = EnumSet.of(SharedPart.PLAN);
    Introduction.Request request =
        new Introduction.Request(THE_PLAN, THE_FIRM, THE_BANK, instruments, shared, null);

    instruments.add("bmkb");
    shared.add(SharedPart.DOCUMENTS);

    assertThat(request.instrumentIds()).containsExactly("vff");
    assertThat(request.shared()).containsExactly(SharedPart.PLAN);
  }

  // --- seen ---

  @Test
  void aFinanciersFirstLookMarksARequestedIntroductionSeen() {
    Introduction introduction = aRequestedIntroduction();

    boolean first = introduction.seen(aDayLater);

    assertThat(first).isTrue();
    assertThat(introduction.state()).isEqualTo(IntroductionState.SEEN);
    assertThat(introduction.seenAt()).contains(OffsetDateTime.now(aDayLater));
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @Test
  void onlyTheFirstLookCounts() {
    Introduction introduction = aRequestedIntroduction();
    introduction.seen(clock);

    boolean second = introduction.seen(aDayLater);

    assertThat(second).isFalse();
    assertThat(introduction.state()).isEqualTo(IntroductionState.SEEN);
    assertThat(introduction.seenAt()).contains(OffsetDateTime.now(clock));
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(clock));
  }

  @Test
  void anAnswerWithoutALookFirstCountsAsTheFirstLook() {
    Introduction introduction = aRequestedIntroduction();
    introduction.answer(AnswerKind.INTERESTED, Optional.empty(), Optional.empty(), clock);

    boolean look = introduction.seen(aDayLater);

    assertThat(look).isFalse();
    assertThat(introduction.state()).isEqualTo(IntroductionState.INTERESTED);
    assertThat(introduction.seenAt()).contains(OffsetDateTime.now(clock));
  }

  @Test
  void aFirstLookMovesNoIntroductionButARequestedOne() {
    Introduction introduction = anIntroductionIn(IntroductionState.WITHDRAWN);

    introduction.seen(aDayLater);

    assertThat(introduction.state()).isEqualTo(IntroductionState.WITHDRAWN);
  }

  // --- answers ---

  static Stream<Arguments> allowedAnswers() {
    return answers(true);
  }

  static Stream<Arguments> refusedAnswers() {
    return answers(false);
  }

  private static Stream<Arguments> answers(boolean allowed) {
    List<Arguments> rows = new ArrayList<>();
    for (IntroductionState state : IntroductionState.values()) {
      for (AnswerKind kind : AnswerKind.values()) {
        if (ANSWERABLE_IN.get(kind).contains(state) == allowed) {
          rows.add(arguments(state, kind));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "a {0} introduction answered {1}")
  @MethodSource("allowedAnswers")
  void anAnswerMovesTheIntroductionToTheStateItLeadsTo(IntroductionState state, AnswerKind kind) {
    Introduction introduction = anIntroductionIn(state);

    introduction.answer(
        kind,
        Optional.of(DeclineReason.OUTSIDE_MANDATE),
        Optional.of(anOfferValidUntil(Time.TODAY.plusDays(30))),
        aDayLater);

    assertThat(introduction.state()).isEqualTo(LEADS_TO.get(kind));
    assertThat(kind.leadsTo()).isEqualTo(LEADS_TO.get(kind));
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @ParameterizedTest(name = "a {0} introduction answered {1}")
  @MethodSource("refusedAnswers")
  void anAnswerTheStateDoesNotAllowIsAConflictAndChangesNothing(
      IntroductionState state, AnswerKind kind) {
    Introduction introduction = anIntroductionIn(state);
    Optional<Offer> offerBefore = introduction.offer();
    Optional<DeclineReason> reasonBefore = introduction.declineReason();
    OffsetDateTime updatedBefore = introduction.updatedAt();

    assertThatThrownBy(
            () ->
                introduction.answer(
                    kind,
                    Optional.of(DeclineReason.OUTSIDE_MANDATE),
                    Optional.of(anOfferValidUntil(Time.TODAY.plusDays(30))),
                    aDayLater))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e -> {
              assertThat(e.explanation().key()).isEqualTo("introduction.stepNotAllowed");
              assertThat(e.explanation().args()).containsExactly(state, LEADS_TO.get(kind));
            });
    assertThat(introduction.state()).isEqualTo(state);
    assertThat(introduction.offer()).isEqualTo(offerBefore);
    assertThat(introduction.declineReason()).isEqualTo(reasonBefore);
    assertThat(introduction.updatedAt()).isEqualTo(updatedBefore);
  }

  @Test
  void theFirstAnswerIsTheOneThatCountsForTheAnswerTime() {
    Introduction introduction = aRequestedIntroduction();
    introduction.answer(AnswerKind.NEEDS_INFO, Optional.empty(), Optional.empty(), clock);

    introduction.answer(AnswerKind.INTERESTED, Optional.empty(), Optional.empty(), aDayLater);

    assertThat(introduction.answeredAt()).contains(OffsetDateTime.now(clock));
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @Test
  void aDeclineKeepsItsReason() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    introduction.answer(
        AnswerKind.DECLINED,
        Optional.of(DeclineReason.INSUFFICIENT_COLLATERAL),
        Optional.empty(),
        clock);

    assertThat(introduction.state()).isEqualTo(IntroductionState.DECLINED);
    assertThat(introduction.declineReason()).contains(DeclineReason.INSUFFICIENT_COLLATERAL);
    assertThat(introduction.state().isClosed()).isTrue();
  }

  @Test
  void aDeclineWithoutAReasonIsRefusedAndChangesNothing() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    assertThatThrownBy(
            () ->
                introduction.answer(
                    AnswerKind.DECLINED, Optional.empty(), Optional.empty(), aDayLater))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(introduction.state()).isEqualTo(IntroductionState.SEEN);
    assertThat(introduction.answeredAt()).isEmpty();
  }

  @Test
  void anOfferKeepsItsTerms() {
    Introduction introduction = anIntroductionIn(IntroductionState.INTERESTED);
    Offer offer = anOfferValidUntil(Time.TODAY.plusDays(30));

    introduction.answer(AnswerKind.OFFER, Optional.empty(), Optional.of(offer), clock);

    assertThat(introduction.state()).isEqualTo(IntroductionState.OFFERED);
    assertThat(introduction.offer()).contains(offer);
    assertThat(introduction.offer().orElseThrow().instrument()).contains("innovatiekrediet");
  }

  @Test
  void anOfferWithoutTermsIsRefusedAndChangesNothing() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    assertThatThrownBy(
            () -> introduction.answer(AnswerKind.OFFER, Optional.empty(), Optional.empty(), clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(introduction.state()).isEqualTo(IntroductionState.SEEN);
    assertThat(introduction.offer()).isEmpty();
  }

  @Test
  void anOfferValidThroughTodayMayBeMade() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    introduction.answer(
        AnswerKind.OFFER, Optional.empty(), Optional.of(anOfferValidThroughToday()), clock);

    assertThat(introduction.state()).isEqualTo(IntroductionState.OFFERED);
  }

  @Test
  void anOfferValidUntilADayBeforeTodayIsRefusedAndChangesNothing() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    assertThatThrownBy(
            () ->
                introduction.answer(
                    AnswerKind.OFFER,
                    Optional.empty(),
                    Optional.of(anOfferValidUntil(Time.TODAY.minusDays(1))),
                    clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(introduction.state()).isEqualTo(IntroductionState.SEEN);
    assertThat(introduction.offer()).isEmpty();
    assertThat(introduction.answeredAt()).isEmpty();
  }

  // --- the firm's decision ---

  @Test
  void acceptingTheOfferOnTheTableMakesItAccepted() {
    Introduction introduction = anIntroductionIn(IntroductionState.OFFERED);

    introduction.decide(true, aDayLater);

    assertThat(introduction.state()).isEqualTo(IntroductionState.ACCEPTED);
    assertThat(introduction.offer()).contains(anOfferValidThroughToday());
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @Test
  void rejectingTheOfferOnTheTableMakesItRejectedAndKeepsTheOffer() {
    Introduction introduction = anIntroductionIn(IntroductionState.OFFERED);

    introduction.decide(false, clock);

    assertThat(introduction.state()).isEqualTo(IntroductionState.REJECTED);
    assertThat(introduction.offer()).contains(anOfferValidThroughToday());
  }

  @Test
  void afterARejectionTheFinancierMayMakeANewOffer() {
    Introduction introduction = anIntroductionIn(IntroductionState.REJECTED);
    Offer better = anOfferValidUntil(Time.TODAY.plusDays(14));

    introduction.answer(AnswerKind.OFFER, Optional.empty(), Optional.of(better), aDayLater);

    assertThat(introduction.state()).isEqualTo(IntroductionState.OFFERED);
    assertThat(introduction.offer()).contains(better);
    assertThat(introduction.answeredAt()).contains(OffsetDateTime.now(clock));
  }

  @ParameterizedTest(name = "deciding on a {0} introduction")
  @EnumSource(value = IntroductionState.class, names = "OFFERED", mode = EnumSource.Mode.EXCLUDE)
  void theFirmDecidesOnlyOnAnOfferOnTheTable(IntroductionState state) {
    for (boolean accept : new boolean[] {true, false}) {
      Introduction introduction = anIntroductionIn(state);

      assertThatThrownBy(() -> introduction.decide(accept, aDayLater))
          .isInstanceOfSatisfying(
              StateConflict.class,
              e -> assertThat(e.explanation().key()).isEqualTo("introduction.stepNotAllowed"));
      assertThat(introduction.state()).isEqualTo(state);
    }
  }

  // --- withdrawal ---

  @ParameterizedTest(name = "withdrawing a {0} introduction")
  @EnumSource(
      value = IntroductionState.class,
      names = {"FUNDED", "WITHDRAWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void theFirmMayWithdrawUntilTheMoneyIsPaidOut(IntroductionState state) {
    Introduction introduction = anIntroductionIn(state);

    introduction.withdraw(aDayLater);

    assertThat(introduction.state()).isEqualTo(IntroductionState.WITHDRAWN);
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
  }

  @ParameterizedTest(name = "withdrawing a {0} introduction")
  @EnumSource(
      value = IntroductionState.class,
      names = {"FUNDED", "WITHDRAWN"})
  void aFundedOrWithdrawnIntroductionCannotBeWithdrawn(IntroductionState state) {
    Introduction introduction = anIntroductionIn(state);
    OffsetDateTime updatedBefore = introduction.updatedAt();

    assertThatThrownBy(() -> introduction.withdraw(aDayLater))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e ->
                assertThat(e.explanation().args())
                    .containsExactly(state, IntroductionState.WITHDRAWN));
    assertThat(introduction.state()).isEqualTo(state);
    assertThat(introduction.updatedAt()).isEqualTo(updatedBefore);
  }

  // --- funding ---

  @Test
  void anAcceptedOfferPaidOutMakesTheIntroductionFundedWithTheAmountPaid() {
    Introduction introduction = anIntroductionIn(IntroductionState.ACCEPTED);

    introduction.funded(240_000, aDayLater);

    assertThat(introduction.state()).isEqualTo(IntroductionState.FUNDED);
    assertThat(introduction.fundedAmountEur()).contains(240_000L);
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
    assertThat(introduction.state().isClosed()).isTrue();
  }

  @ParameterizedTest(name = "reporting a {0} introduction funded")
  @EnumSource(value = IntroductionState.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAcceptedOfferIsFunded(IntroductionState state) {
    Introduction introduction = anIntroductionIn(state);
    Optional<Long> fundedBefore = introduction.fundedAmountEur();

    assertThatThrownBy(() -> introduction.funded(250_000, aDayLater))
        .isInstanceOfSatisfying(
            StateConflict.class,
            e ->
                assertThat(e.explanation().args())
                    .containsExactly(state, IntroductionState.FUNDED));
    assertThat(introduction.state()).isEqualTo(state);
    assertThat(introduction.fundedAmountEur()).isEqualTo(fundedBefore);
  }

  @ParameterizedTest(name = "paying out {0} euro")
  @ValueSource(longs = {0, -1, -250_000})
  void aPayOutIsOfAPositiveAmount(long amount) {
    Introduction introduction = anIntroductionIn(IntroductionState.ACCEPTED);

    assertThatThrownBy(() -> introduction.funded(amount, aDayLater))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(introduction.state()).isEqualTo(IntroductionState.ACCEPTED);
    assertThat(introduction.fundedAmountEur()).isEmpty();
  }

  // --- expiry ---

  @Test
  void anOfferStandsThroughTheLastDayItIsValid() {
    Introduction introduction = anIntroductionIn(IntroductionState.OFFERED);
    Clock lateOnTheLastDay =
        Clock.fixed(Time.TODAY.atTime(23, 59).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    boolean expired = introduction.expireIfPast(lateOnTheLastDay);

    assertThat(expired).isFalse();
    assertThat(introduction.state()).isEqualTo(IntroductionState.OFFERED);
  }

  @Test
  void anOfferPastItsDateExpires() {
    Introduction introduction = anIntroductionIn(IntroductionState.OFFERED);

    boolean expired = introduction.expireIfPast(aDayLater);

    assertThat(expired).isTrue();
    assertThat(introduction.state()).isEqualTo(IntroductionState.EXPIRED);
    assertThat(introduction.updatedAt()).isEqualTo(OffsetDateTime.now(aDayLater));
    assertThat(introduction.offer()).contains(anOfferValidThroughToday());
  }

  @ParameterizedTest(name = "a {0} introduction a month on")
  @EnumSource(value = IntroductionState.class, names = "OFFERED", mode = EnumSource.Mode.EXCLUDE)
  void nothingButAnOfferOnTheTableExpires(IntroductionState state) {
    Introduction introduction = anIntroductionIn(state);
    OffsetDateTime updatedBefore = introduction.updatedAt();

    boolean expired = introduction.expireIfPast(Time.later(Duration.ofDays(30)));

    assertThat(expired).isFalse();
    assertThat(introduction.state()).isEqualTo(state);
    assertThat(introduction.updatedAt()).isEqualTo(updatedBefore);
  }

  // --- overdue ---

  static Stream<Arguments> overdueAfterTheDueTime() {
    Set<IntroductionState> awaiting =
        EnumSet.of(IntroductionState.REQUESTED, IntroductionState.SEEN);
    return Stream.of(IntroductionState.values())
        .map(state -> arguments(state, awaiting.contains(state)));
  }

  @ParameterizedTest(name = "a {0} introduction past its due time is overdue: {1}")
  @MethodSource("overdueAfterTheDueTime")
  void isOverdueOnlyWhileItAwaitsTheFirstAnswer(IntroductionState state, boolean overdue) {
    Introduction introduction = anIntroductionIn(state);

    assertThat(introduction.isOverdue(DUE_AT.plusMinutes(1))).isEqualTo(overdue);
  }

  @Test
  void isNotOverdueUpToTheMomentItIsDue() {
    Introduction introduction = aRequestedIntroduction();

    assertThat(introduction.isOverdue(DUE_AT.minusDays(1))).isFalse();
    assertThat(introduction.isOverdue(DUE_AT)).isFalse();
    assertThat(introduction.isOverdue(DUE_AT.plusSeconds(1))).isTrue();
  }

  @Test
  void anOverdueIntroductionIsNoticedExactlyOnce() {
    Introduction introduction = aRequestedIntroduction();
    Clock pastDue = Time.later(Duration.ofDays(8));

    assertThat(introduction.noticeOverdue(clock)).isFalse();
    assertThat(introduction.noticeOverdue(pastDue)).isTrue();
    assertThat(introduction.noticeOverdue(Time.later(Duration.ofDays(9)))).isFalse();
  }

  @Test
  void anAnsweredIntroductionIsNeverNoticedOverdue() {
    Introduction introduction = anIntroductionIn(IntroductionState.NEEDS_INFO);

    assertThat(introduction.noticeOverdue(Time.later(Duration.ofDays(8)))).isFalse();
  }

  // --- answered in time ---

  @Test
  void anUnansweredIntroductionHasNoAnswerTime() {
    Introduction introduction = anIntroductionIn(IntroductionState.SEEN);

    assertThat(introduction.answeredInTime()).isEmpty();
  }

  static Stream<Arguments> firstAnswers() {
    return Stream.of(
        arguments("the same day", Duration.ZERO, true),
        arguments("at the moment it is due", Duration.ofDays(7), true),
        arguments("a minute late", Duration.ofDays(7).plusMinutes(1), false),
        arguments("two weeks on", Duration.ofDays(14), false));
  }

  @ParameterizedTest(name = "a first answer {0} is in time: {2}")
  @MethodSource("firstAnswers")
  void anAnswerIsInTimeUpToTheMomentItIsDue(String when, Duration after, boolean inTime) {
    Introduction introduction = aRequestedIntroduction();

    introduction.answer(
        AnswerKind.INTERESTED, Optional.empty(), Optional.empty(), Time.later(after));

    assertThat(introduction.answeredInTime()).contains(inTime);
  }

  @Test
  void aLaterAnswerDoesNotMakeAnAnswerInTimeLate() {
    Introduction introduction = aRequestedIntroduction();
    introduction.answer(AnswerKind.NEEDS_INFO, Optional.empty(), Optional.empty(), clock);

    introduction.answer(
        AnswerKind.DECLINED,
        Optional.of(DeclineReason.SECTOR),
        Optional.empty(),
        Time.later(Duration.ofDays(20)));

    assertThat(introduction.answeredInTime()).contains(true);
  }

  // --- the states themselves ---

  @Test
  void aDeclinedFundedOrWithdrawnIntroductionIsClosed() {
    List<IntroductionState> closed =
        Stream.of(IntroductionState.values()).filter(IntroductionState::isClosed).toList();

    assertThat(closed)
        .containsExactlyInAnyOrder(
            IntroductionState.DECLINED, IntroductionState.FUNDED, IntroductionState.WITHDRAWN);
  }
}
