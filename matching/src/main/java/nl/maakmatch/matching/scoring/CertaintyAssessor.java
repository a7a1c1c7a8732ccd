package nl.maakmatch.matching.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.Confidence;
import nl.maakmatch.matching.catalogue.EngineDefaults;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.catalogue.MatchingTerms.TermsOrigin;
import nl.maakmatch.matching.eligibility.MatchContext;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import nl.maakmatch.matching.text.Share;

/**
 * How certain a match is. Every doubt becomes a visible flag: the catalogue's own {@code
 * confidence: estimate}, a status the reference could not confirm, estimated or derived terms, a
 * cost the engine had to assume, a round that closed with the next one unannounced. No doubts:
 * HIGH; one: MEDIUM; more: LOW.
 */
public final class CertaintyAssessor {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.scoring.messages");

  /** Names of the terms fields, keyed by field; a field without one is shown as it is. */
  private static final Messages TERMS = Messages.in("nl.maakmatch.matching.scoring.terms");

  private static final Set<String> NAMED_TERMS = TERMS.keys();

  /** The doubts that depend on the instrument alone, worked out once per catalogue. */
  private final Map<String, Fixed> fixedDoubts;

  private record Fixed(Instrument instrument, List<Flag> flags) {}

  /** An assessor that works every doubt out on each call. */
  public CertaintyAssessor() {
    this.fixedDoubts = Map.of();
  }

  /** An assessor that works out the catalogue's fixed doubts once, for repeated matching. */
  public CertaintyAssessor(Catalogue catalogue) {
    Map<String, Fixed> fixed = new HashMap<>();
    for (Instrument instrument : catalogue.instruments()) {
      fixed.put(instrument.id(), new Fixed(instrument, List.copyOf(fixedFlags(instrument))));
    }
    this.fixedDoubts = Map.copyOf(fixed);
  }

  public CertaintyAssessment assess(Instrument instrument, MatchContext context) {
    Fixed known = fixedDoubts.get(instrument.id());
    List<Flag> flags =
        known != null && known.instrument() == instrument
            ? new ArrayList<>(known.flags())
            : fixedFlags(instrument);
    var timing = instrument.terms().timing();
    if (timing.windowRecurring()
        && timing.windowCloses() != null
        && context.today().isAfter(timing.windowCloses())) {
      flags.add(
          new Flag(
              FlagKind.NEXT_ROUND_UNCONFIRMED,
              TEXT.get(
                  "flag.nextRoundUnconfirmed", instrument.shortName(), timing.windowCloses())));
    }
    long doubts = flags.stream().filter(f -> f.kind().lowersCertainty()).count();
    return new CertaintyAssessment(Certainty.fromDoubts(doubts), flags);
  }

  private static List<Flag> fixedFlags(Instrument instrument) {
    MatchingTerms terms = instrument.terms();
    List<Flag> flags = new ArrayList<>();
    if (instrument.confidence() == Confidence.ESTIMATE) {
      flags.add(
          new Flag(
              FlagKind.CATALOGUE_ESTIMATE,
              TEXT.get("flag.catalogueEstimate", instrument.shortName())));
    }
    if (!terms.availability().confirmed()) {
      flags.add(
          new Flag(
              FlagKind.STATUS_UNCONFIRMED,
              terms
                  .availability()
                  .explanation()
                  .map(reason -> TEXT.get("flag.statusUnconfirmed", instrument.shortName(), reason))
                  .orElseGet(
                      () ->
                          TEXT.get("flag.statusUnconfirmed.unexplained", instrument.shortName()))));
    }
    if (terms.origin() == TermsOrigin.DERIVED) {
      flags.add(
          new Flag(FlagKind.TERMS_DERIVED, TEXT.get("flag.termsDerived", instrument.shortName())));
    } else if (terms.origin() == TermsOrigin.ENTRY) {
      flags.add(
          new Flag(
              FlagKind.TERMS_FROM_ENTRY, TEXT.get("flag.termsFromEntry", instrument.shortName())));
    }
    List<String> estimated =
        terms.estimates().stream().filter(t -> !"statusConfirmed".equals(t)).sorted().toList();
    if (!estimated.isEmpty()) {
      flags.add(
          new Flag(
              FlagKind.TERMS_ESTIMATED,
              TEXT.get(
                  "flag.termsEstimated",
                  Listing.of(estimated.stream().map(CertaintyAssessor::term).toList()))));
    }
    if (EngineDefaults.costIsDefaulted(terms)) {
      flags.add(
          new Flag(
              FlagKind.COST_UNKNOWN,
              TEXT.get("flag.costUnknown", Share.of(EngineDefaults.annualCostRate(terms)))));
    }
    return flags;
  }

  private static Message term(String field) {
    return NAMED_TERMS.contains(field) ? TERMS.get(field) : TEXT.get("term.unnamed", field);
  }
}
