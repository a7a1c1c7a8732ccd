package nl.maakmatch.domain.webhook;

import static nl.maakmatch.domain.webhook.WebhookMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.OrganisationEvent.WebhookRemoved;
import nl.maakmatch.domain.event.OrganisationEvent.WebhookSet;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.OrganisationAccess;
import nl.maakmatch.domain.organisation.OrganisationRegister;

/**
 * An organisation's webhook and event log, for its members (who set and stop the webhook) and
 * administrators (who read along). Who may do what is {@link OrganisationAccess}'s answer, asked
 * before anything is looked up; each change loads, requires access, acts, stores and records.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

  @Inject Webhooks webhooks;
  @Inject PublishedEvents log;
  @Inject OrganisationRegister organisations;
  @Inject EventRecorder events;
  @Inject WebhookOptions options;
  @Inject Clock clock;

  /** The webhook as a member set it, and whether this setting created it. */
  public record Setting(Webhook webhook, boolean created) {}

  /**
   * A member sets where the organisation's events go and the secret they are signed with: the first
   * time, or over the current one (at {@code expectedVersion} when given). Address and secret that
   * a webhook cannot have are refused with {@link WebhookSettingRejected}.
   */
  public Setting set(Actor actor, String code, Long expectedVersion, String url, String secret) {
    OrganisationAccess.toActFor(actor, code).require();
    Organisation organisation = registered(code);
    if (!organisation.isActiveFinancier()) {
      throw new BusinessRuleViolation(
          "webhook-financiers-only", TEXT.get("webhook.financiersOnly", code));
    }
    WebhookUrl address = WebhookUrl.parse(url, options.allowHttpLoopback());
    WebhookSecret key = new WebhookSecret(secret);
    Optional<Webhook> existing = webhooks.findForUpdate(code);
    Webhook webhook;
    if (existing.isPresent()) {
      webhook = existing.get();
      StaleVersion.requireCurrent(
          RecordKind.ORGANISATION, code + "/webhook", expectedVersion, webhook.version());
      webhook.change(address, key, log.lastIdOf(code), actor.subject(), clock);
      webhooks.flush();
    } else {
      webhook = Webhook.set(code, address, key, log.lastIdOf(code), actor.subject(), clock);
      webhooks.add(webhook);
    }
    events.record(actor, new WebhookSet(code));
    return new Setting(webhook, existing.isEmpty());
  }

  /**
   * A member stops the webhook: nothing more is posted and its secret is forgotten. Stopping a
   * stopped webhook changes nothing.
   */
  public Webhook remove(Actor actor, String code, Long expectedVersion) {
    OrganisationAccess.toActFor(actor, code).require();
    Webhook webhook = webhooks.findForUpdate(code).orElseThrow(() -> new WebhookNotSet(code));
    StaleVersion.requireCurrent(
        RecordKind.ORGANISATION, code + "/webhook", expectedVersion, webhook.version());
    if (webhook.active()) {
      webhook.stop(actor.subject(), clock);
      webhooks.flush();
      events.record(actor, new WebhookRemoved(code));
    }
    return webhook;
  }

  /** The webhook with its delivery state, for members and administrators. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Webhook webhook(Actor actor, String code) {
    OrganisationAccess.toReadTheRecordsOf(actor, code).require();
    return webhooks.find(code).orElseThrow(() -> new WebhookNotSet(code));
  }

  /**
   * The organisation's events after id {@code after}, oldest first, at most {@code limit} (1 to
   * {@link PublishedEvents#MAX_PAGE}): for members and administrators.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PublishedEvent> events(Actor actor, String code, long after, int limit) {
    OrganisationAccess.toReadTheRecordsOf(actor, code).require();
    registered(code);
    return log.after(code, after, limit);
  }

  private Organisation registered(String code) {
    return organisations
        .find(code)
        .orElseThrow(() -> new RecordNotFound(RecordKind.ORGANISATION, code));
  }
}
