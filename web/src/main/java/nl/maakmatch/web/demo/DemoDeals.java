package nl.maakmatch.web.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.deal.AnswerKind;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.deal.DealService.Asked;
import nl.maakmatch.domain.deal.DeclineReason;
import nl.maakmatch.domain.deal.Offer;
import nl.maakmatch.domain.deal.SharedPart;
import nl.maakmatch.domain.plan.InvestmentPlan;

/**
 * Introductions in several states, so every demo role finds a deal to work on: a question waiting
 * for Anna, a decline with its reason, an offer for Bram to decide on, a new introduction in Eva's
 * inbox and a funded one.
 */
final class DemoDeals {

  static final String DAAN = "e0e0e0e0-0000-4000-8000-000000000005";
  static final String EVA = "f0f0f0f0-0000-4000-8000-000000000006";

  private final DealService deals;
  private final Clock clock;

  DemoDeals(DealService deals, Clock clock) {
    this.deals = deals;
    this.clock = clock;
  }

  /** Loads the demo deals; returns how many introductions it made. */
  int load(
      Actor anna,
      Actor bram,
      InvestmentPlan annasPlan,
      InvestmentPlan bramsPlan,
      InvestmentPlan annasSolarPlan) {
    Actor daan = financier(DAAN, "rabobank-demo");
    Actor eva = financier(EVA, "eva-capital-demo");
    Set<SharedPart> everything = EnumSet.allOf(SharedPart.class);
    LocalDate inAMonth = LocalDate.now(clock).plusDays(30);

    // Anna's milling line at the bank: the bank needs more information
    UUID atTheBank =
        deals
            .introduce(
                anna,
                annasPlan.firmId(),
                annasPlan.id(),
                new Asked(
                    "rabobank-demo",
                    List.of("bmkb"),
                    everything,
                    "Graag een lening met BMKB-borgstelling voor onze nieuwe freeslijn."))
            .id();
    deals.introduction(daan, atTheBank);
    deals.answer(
        daan,
        atTheBank,
        AnswerKind.NEEDS_INFO,
        Optional.empty(),
        Optional.of("Kunt u de offerte van de freesmachine en de jaarcijfers van 2025 delen?"),
        Optional.empty());

    // ... and at the investor, who declines: too small a ticket
    UUID atTheInvestor =
        deals
            .introduce(
                anna,
                annasPlan.firmId(),
                annasPlan.id(),
                new Asked("eva-capital-demo", List.of(), EnumSet.of(SharedPart.PLAN), null))
            .id();
    deals.answer(
        eva,
        atTheInvestor,
        AnswerKind.DECLINED,
        Optional.of(DeclineReason.TOO_SMALL),
        Optional.of("Wij investeren vanaf EUR 2 miljoen per onderneming."),
        Optional.empty());

    // Bram's heat pump: an offer from the bank, waiting for Bram's decision
    UUID bramsOffer =
        deals
            .introduce(
                bram,
                bramsPlan.firmId(),
                bramsPlan.id(),
                new Asked(
                    "rabobank-demo",
                    List.of(),
                    EnumSet.of(SharedPart.PLAN, SharedPart.FIGURES),
                    "Wij zoeken financiering voor de warmtepomp en de koellijn."))
            .id();
    deals.answer(
        daan,
        bramsOffer,
        AnswerKind.OFFER,
        Optional.empty(),
        Optional.of("Onder voorbehoud van een positieve kredietbeoordeling."),
        Optional.of(
            new Offer(
                450_000,
                null,
                new BigDecimal("5.25"),
                84,
                "Eerste hypotheek op de installaties; jaarcijfers binnen zes maanden na boekjaar.",
                inAMonth)));
    // ... and in the investor's inbox, new
    deals.introduce(
        bram,
        bramsPlan.firmId(),
        bramsPlan.id(),
        new Asked("eva-capital-demo", List.of(), EnumSet.of(SharedPart.PLAN), null));

    // Anna's solar roof: offered, accepted and paid out
    UUID funded =
        deals
            .introduce(
                anna,
                annasSolarPlan.firmId(),
                annasSolarPlan.id(),
                new Asked("rabobank-demo", List.of(), everything, null))
            .id();
    deals.answer(
        daan,
        funded,
        AnswerKind.OFFER,
        Optional.empty(),
        Optional.empty(),
        Optional.of(new Offer(420_000, null, new BigDecimal("4.9"), 120, null, inAMonth)));
    deals.decide(anna, funded, true);
    deals.funded(daan, funded, Optional.empty());
    return 5;
  }

  private static Actor financier(String subject, String organisation) {
    return new Actor(subject, Set.of(Role.FINANCIER), Optional.empty(), Optional.of(organisation));
  }
}
