package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maakmatch.domain.event.DealEvent;
import nl.maakmatch.domain.event.DealEvent.AnswerOverdue;
import nl.maakmatch.domain.event.DealEvent.IntroductionRequested;
import nl.maakmatch.domain.event.DealEvent.IntroductionSeen;
import nl.maakmatch.domain.event.DealEvent.IntroductionWithdrawn;
import nl.maakmatch.domain.event.DealEvent.MessagePosted;
import nl.maakmatch.domain.event.DealEvent.OfferAccepted;
import nl.maakmatch.domain.event.DealEvent.OfferExpired;
import nl.maakmatch.domain.event.DealEvent.OfferRejected;
import nl.maakmatch.domain.firm.FirmMembers;
import nl.maakmatch.domain.firm.Guidance;
import nl.maakmatch.domain.firm.Guidances;
import nl.maakmatch.domain.notification.Notice;
import nl.maakmatch.domain.notification.Notifier;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.Organisations;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.Plans;
import nl.maakmatch.domain.user.KnownUsers;

/**
 * Tells the parties of an introduction what they must act on: the firm's users and guiding advisers
 * on the one side, the organisation's financiers on the other. The actor is never told about their
 * own step.
 */
@ApplicationScoped
public class DealParties {

  /** The title and body of the notice of each event type the parties are told about. */
  private static final Map<String, List<String>> TEXTS =
      Map.ofEntries(
          Map.entry(
              "IntroductionRequested",
              List.of("notice.IntroductionRequested.title", "notice.IntroductionRequested.body")),
          Map.entry(
              "InterestShown", List.of("notice.InterestShown.title", "notice.InterestShown.body")),
          Map.entry(
              "InformationRequested",
              List.of("notice.InformationRequested.title", "notice.InformationRequested.body")),
          Map.entry(
              "IntroductionDeclined",
              List.of("notice.IntroductionDeclined.title", "notice.IntroductionDeclined.body")),
          Map.entry("OfferMade", List.of("notice.OfferMade.title", "notice.OfferMade.body")),
          Map.entry(
              "MessagePosted", List.of("notice.MessagePosted.title", "notice.MessagePosted.body")),
          Map.entry(
              "OfferAccepted", List.of("notice.OfferAccepted.title", "notice.OfferAccepted.body")),
          Map.entry(
              "OfferRejected", List.of("notice.OfferRejected.title", "notice.OfferRejected.body")),
          Map.entry(
              "IntroductionWithdrawn",
              List.of("notice.IntroductionWithdrawn.title", "notice.IntroductionWithdrawn.body")),
          Map.entry(
              "IntroductionFunded",
              List.of("notice.IntroductionFunded.title", "notice.IntroductionFunded.body")),
          Map.entry(
              "OfferExpired", List.of("notice.OfferExpired.title", "notice.OfferExpired.body")),
          Map.entry(
              "AnswerOverdue", List.of("notice.AnswerOverdue.title", "notice.AnswerOverdue.body")));

  @Inject FirmMembers members;
  @Inject Guidances guidances;
  @Inject KnownUsers users;
  @Inject Organisations organisations;
  @Inject Plans plans;
  @Inject Notifier notifier;

  void tell(Introduction introduction, DealEvent event, String actor, Party party) {
    Set<String> recipients = new LinkedHashSet<>();
    boolean financiers = tellsFinanciers(event, party);
    boolean firm = tellsTheFirm(event, party);
    if (firm) {
      recipients.addAll(firmSide(introduction));
    }
    if (financiers) {
      recipients.addAll(users.financiersOf(introduction.organisation()));
    }
    recipients.remove(actor);
    List<String> keys = TEXTS.get(event.type());
    if (recipients.isEmpty() || keys == null) {
      return;
    }
    String plan = plans.find(introduction.planId()).map(InvestmentPlan::title).orElse("");
    String organisation =
        organisations
            .find(introduction.organisation())
            .map(Organisation::name)
            .orElse(introduction.organisation());
    notifier.notify(
        recipients,
        new Notice(
            event.type(),
            introduction.id(),
            TEXT.get(keys.get(0), plan, organisation),
            TEXT.get(keys.get(1), plan, organisation, introduction.state()),
            "/introductions/" + introduction.id()));
  }

  /** The firm's users, and the advisers guiding it: the one named, or the region's. */
  private Set<String> firmSide(Introduction introduction) {
    Set<String> side = new LinkedHashSet<>(members.subjectsOf(introduction.firmId()));
    guidances
        .ofFirm(introduction.firmId())
        .filter(Guidance::isActive)
        .ifPresent(
            guidance -> {
              if (guidance.assignedAdviser() != null) {
                side.add(guidance.assignedAdviser());
              } else {
                side.addAll(users.advisersIn(guidance.region()));
              }
            });
    return side;
  }

  private static boolean tellsFinanciers(DealEvent event, Party party) {
    if (event instanceof MessagePosted) {
      return party != Party.FINANCIER;
    }
    return event instanceof IntroductionRequested
        || event instanceof OfferAccepted
        || event instanceof OfferRejected
        || event instanceof IntroductionWithdrawn
        || event instanceof OfferExpired
        || event instanceof AnswerOverdue;
  }

  /** The firm hears the financier's steps, and what its adviser did on its behalf. */
  private static boolean tellsTheFirm(DealEvent event, Party party) {
    if (event instanceof IntroductionSeen) {
      return false;
    }
    if (event instanceof IntroductionRequested
        || event instanceof IntroductionWithdrawn
        || event instanceof MessagePosted) {
      return party != Party.FIRM;
    }
    return !(event instanceof OfferAccepted || event instanceof OfferRejected);
  }
}
