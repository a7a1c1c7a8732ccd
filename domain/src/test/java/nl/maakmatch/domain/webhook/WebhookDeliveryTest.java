package nl.maakmatch.domain.webhook;

import static nl.maakmatch.domain.webhook.EventFixtures.THE_BANK;
import static nl.maakmatch.domain.webhook.EventFixtures.anIntroductionRequested;
import static nl.maakmatch.domain.webhook.EventFixtures.anOfferOfALoan;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import nl.maakmatch.domain.fixtures.MovingClock;
import nl.maakmatch.domain.fixtures.Time;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final String SECRET = "a-secret-of-16-chars";

  private final Receiver receiver = new Receiver();
  private final Log log =
      new Log(
          List.of(anIntroductionRequested(41), anIntroductionRequested(42), anOfferOfALoan(43)));
  private final Hooks hooks = new Hooks(aWebhookDeliveredUpTo(41));
  private final WebhookDelivery delivery = deliveryWith(hooks, log, receiver);

  @Test
  void postsTheEventsAfterTheLastDeliveredOneInTheLogsOrderEachSigned() {
    int accepted = delivery.deliverTo(THE_BANK);

    assertThat(accepted).isEqualTo(2);
    assertThat(receiver.posts)
        .extracting(p -> p.headers().get("X-MaakMatch-Event-Id"))
        .containsExactly("42", "43");
    Post first = receiver.posts.get(0);
    assertThat(first.url()).hasToString("https://bank.example/hook");
    assertThat(first.body()).isEqualTo(PublishedEventJson.bytes(anIntroductionRequested(42)));
    assertThat(first.headers()).containsEntry("Content-Type", "application/json");
    assertThat(
            WebhookSignature.matches(
                SECRET, first.body(), first.headers().get("X-MaakMatch-Signature")))
        .isTrue();
    assertThat(hooks.recorded.deliveredUpTo()).isEqualTo(43);
    assertThat(hooks.recorded.lastStatus()).isEqualTo(200);
  }

  @Test
  void stopsAtTheFirstRefusalAndWaitsBeforeTryingThatEventAgain() {
    receiver.answers.add(new DeliveryAttempt.Accepted(200));
    receiver.answers.add(new DeliveryAttempt.Failed(503, "HTTP 503"));

    delivery.deliverTo(THE_BANK);

    assertThat(receiver.posts).hasSize(2);
    assertThat(hooks.recorded.deliveredUpTo()).isEqualTo(42);
    assertThat(hooks.recorded.attempts()).isEqualTo(1);
    assertThat(hooks.recorded.nextAttemptAt()).isEqualTo(Time.NOW.plusSeconds(5));
    assertThat(hooks.recorded.lastError()).isEqualTo("HTTP 503");
    assertThat(hooks.recorded.lastErrorEvent()).isEqualTo(43);
  }

  @Test
  void leavesAWebhookThatAnotherNodeHoldsAlone() {
    hooks.heldElsewhere = true;

    assertThat(delivery.deliverTo(THE_BANK)).isZero();

    assertThat(receiver.posts).isEmpty();
    assertThat(hooks.recorded).isNull();
  }

  @Test
  void writesNothingWhenNoEventWaits() {
    Hooks upToDate = new Hooks(aWebhookDeliveredUpTo(43));

    deliveryWith(upToDate, log, receiver).deliverTo(THE_BANK);

    assertThat(receiver.posts).isEmpty();
    assertThat(upToDate.recorded).isNull();
  }

  @Test
  void losesNoEventWhileTheReceiverIsDownForAnHourAndPostsEachOnceInOrderWhenItReturns() {
    MovingClock clock = new MovingClock();
    Log growing = new Log(new ArrayList<>(List.of(anIntroductionRequested(42))));
    KeptHooks kept = new KeptHooks(aWebhookDeliveredUpTo(41));
    WebhookDelivery worker = deliveryWith(kept, growing, receiver);
    worker.clock = clock;
    receiver.down = true;
    Duration tick = Duration.ofSeconds(5);
    long lastEvent = 42;
    // the worker ticks every 5 seconds through the hour; the bank gets an event every 5 minutes
    for (Duration down = Duration.ZERO;
        down.compareTo(Duration.ofHours(1)) < 0;
        down = down.plus(tick)) {
      if (down.toSeconds() % 300 == 0) {
        growing.events.add(anIntroductionRequested(++lastEvent));
      }
      assertThat(worker.deliverTo(THE_BANK)).isZero();
      clock.advance(tick);
    }
    assertThat(kept.webhook.progress().deliveredUpTo()).isEqualTo(41);
    assertThat(kept.webhook.progress().lastSkippedEvent()).as("skipped").isNull();

    receiver.down = false;
    // the longest wait after a failure, then a round per tick until the log is through
    for (Duration back = Duration.ZERO;
        back.compareTo(RetrySchedule.STANDARD.longest().plus(Duration.ofMinutes(1))) <= 0;
        back = back.plus(tick)) {
      worker.deliverTo(THE_BANK);
      clock.advance(tick);
    }

    assertThat(receiver.accepted())
        .isEqualTo(LongStream.rangeClosed(42, lastEvent).boxed().toList());
    assertThat(kept.webhook.progress().deliveredUpTo()).isEqualTo(lastEvent);
    assertThat(kept.webhook.progress().failing()).isFalse();
  }

  private static Webhook aWebhookDeliveredUpTo(long id) {
    return Webhook.set(
        THE_BANK,
        WebhookUrl.parse("https://bank.example/hook", false),
        new WebhookSecret(SECRET),
        id,
        "daan",
        Time.fixedClock());
  }

  private static WebhookDelivery deliveryWith(Webhooks hooks, Log log, Receiver receiver) {
    WebhookDelivery delivery = new WebhookDelivery();
    delivery.webhooks = hooks;
    delivery.log = log;
    delivery.transport = receiver;
    delivery.clock = Time.fixedClock();
    return delivery;
  }

  private record Post(URI url, byte[] body, Map<String, String> headers) {}

  /** Answers as told, then 200 to everything; while down, no connection at all. */
  private static final class Receiver implements WebhookTransport {
    final Deque<DeliveryAttempt> answers = new ArrayDeque<>();
    final List<Post> posts = new ArrayList<>();
    final List<Long> acceptedIds = new ArrayList<>();
    boolean down;

    @Override
    public DeliveryAttempt post(URI url, byte[] body, Map<String, String> headers) {
      if (down) {
        return new DeliveryAttempt.Failed(null, "Connection refused");
      }
      posts.add(new Post(url, body, headers));
      DeliveryAttempt answer =
          answers.isEmpty() ? new DeliveryAttempt.Accepted(200) : answers.poll();
      if (answer instanceof DeliveryAttempt.Accepted) {
        acceptedIds.add(Long.valueOf(headers.get(WebhookDelivery.EVENT_ID_HEADER)));
      }
      return answer;
    }

    /** The ids of the events it accepted, in the order it got them. */
    List<Long> accepted() {
      return acceptedIds;
    }
  }

  /** One webhook whose progress is kept as the table keeps it, due only when its time has come. */
  private static final class KeptHooks extends Webhooks {
    final Webhook webhook;

    KeptHooks(Webhook webhook) {
      this.webhook = webhook;
    }

    @Override
    public Optional<Webhook> lockIfDue(String organisation, Instant now) {
      boolean due = !webhook.progress().nextAttemptAt().isAfter(now);
      return due && organisation.equals(webhook.organisation())
          ? Optional.of(webhook)
          : Optional.empty();
    }

    @Override
    public void record(String organisation, DeliveryProgress progress) {
      webhook.apply(progress);
    }
  }

  private static final class Hooks extends Webhooks {
    final Webhook webhook;
    boolean heldElsewhere;
    DeliveryProgress recorded;

    Hooks(Webhook webhook) {
      this.webhook = webhook;
    }

    @Override
    public Optional<Webhook> lockIfDue(String organisation, Instant now) {
      return heldElsewhere || !organisation.equals(webhook.organisation())
          ? Optional.empty()
          : Optional.of(webhook);
    }

    @Override
    public void record(String organisation, DeliveryProgress progress) {
      recorded = progress;
    }
  }

  private static final class Log extends PublishedEvents {
    final List<PublishedEvent> events;

    Log(List<PublishedEvent> events) {
      this.events = events;
    }

    @Override
    public List<PublishedEvent> after(String organisation, long after, int limit) {
      return events.stream()
          .filter(e -> e.organisation().equals(organisation) && e.id() > after)
          .limit(limit)
          .toList();
    }
  }
}
