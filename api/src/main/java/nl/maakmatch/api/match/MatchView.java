package nl.maakmatch.api.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.maakmatch.domain.match.MatchService.Matched;
import nl.maakmatch.matching.InstrumentMatch;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.Upside;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackPart;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * What a match tells the firm, in one language: its size class and why, every instrument of the
 * catalogue with why it fits or not, and the financing stack.
 *
 * @param view {@code full}: everything, for people; {@code summary} ({@code ?view=summary}): the
 *     verdicts and the stack only, for systems, without the texts that explain them ({@code
 *     sizeClassReasoning}, {@code flags}, {@code referrals}, {@code whatIf} and each instrument's
 *     {@code scoreBreakdown}, {@code reasons}, {@code unmet}, {@code toCheck} and {@code flags} are
 *     then absent)
 * @param matchId the stored match (absent for a preview)
 * @param instrumentVersions the catalogue version of each instrument the match used
 * @param referrals "also talk to": support beside the financing, with why; never money
 * @param whatIf the industry note's proposals the plan would fit if they were enacted, each beside
 *     the real stack; empty unless proposals were asked for. A proposal does not exist and is never
 *     in {@code stack}
 */
public record MatchView(
    String view,
    UUID matchId,
    OffsetDateTime computedAt,
    String sizeClass,
    String sizeClassReasoning,
    String catalogueVersion,
    Map<String, Integer> instrumentVersions,
    LocalDate evaluatedOn,
    List<InstrumentView> instruments,
    List<FlagView> flags,
    StackView stack,
    List<ReferralView> referrals,
    List<WhatIfView> whatIf) {

  /** Support to talk to beside the financing (a Fieldlab, a TO2 institution, a digital hub). */
  public record ReferralView(String kind, String name, String why) {}

  /**
   * One instrument's verdict.
   *
   * @param eligible true when the firm may qualify: {@code eligibility} ELIGIBLE or UNCERTAIN
   * @param eligibility ELIGIBLE, UNCERTAIN (an estimated limit or a condition the plan does not
   *     state is open: see {@code toCheck}) or NOT_ELIGIBLE (a confirmed rule fails: see {@code
   *     unmet})
   * @param toCheck for an uncertain instrument, what to check with whom
   */
  public record InstrumentView(
      String id,
      String name,
      String shortName,
      String status,
      String confidence,
      boolean eligible,
      String eligibility,
      // explicit null for an ineligible instrument, so every entry has the same fields
      @JsonInclude(JsonInclude.Include.ALWAYS) Integer score,
      List<ScoreLine> scoreBreakdown,
      String certainty,
      List<String> reasons,
      List<Unmet> unmet,
      List<ToCheck> toCheck,
      List<FlagView> flags) {

    /** The verdict with the texts that explain it (the full view). */
    InstrumentView explainedBy(
        List<ScoreLine> scoreBreakdown,
        List<String> reasons,
        List<Unmet> unmet,
        List<ToCheck> toCheck,
        List<FlagView> flags) {
      return new InstrumentView(
          id,
          name,
          shortName,
          status,
          confidence,
          eligible,
          eligibility,
          score,
          scoreBreakdown,
          certainty,
          reasons,
          unmet,
          toCheck,
          flags);
    }
  }

  /** An open point of an uncertain instrument: the rule, and what to check with whom. */
  public record ToCheck(String criterion, String message, String checkWith) {}

  /** One component of the score. */
  public record ScoreLine(String factor, double weight, double points, String explanation) {}

  /** A criterion the firm or plan does not meet, and the smallest change that would. */
  public record Unmet(
      String criterion,
      String message,
      @JsonInclude(JsonInclude.Include.ALWAYS) String wouldFitIf) {}

  /** Something to know that is not a verdict (uncertain terms, Wet Vifo, key technology). */
  public record FlagView(String kind, String text) {}

  /**
   * The composed base stack: what the plan can be financed with, never counting on a competition;
   * {@code upside} lists the competitions the plan fits with what they would add.
   *
   * @param gberAidCapEur the cumulation ceilings of all cost lines together
   * @param costLines per cost line the national aid on it and its ceiling (GBER art. 8(3))
   */
  public record StackView(
      boolean feasible,
      List<Part> parts,
      long ownContributionEur,
      long uncoveredEur,
      long deMinimisUsedEur,
      long deMinimisHeadroomEur,
      long gberAidUsedEur,
      long gberAidCapEur,
      long estimatedAnnualCostEur,
      List<CostLineView> costLines,
      List<UpsideView> upside) {}

  /** The aid on one line of the plan's costs. */
  public record CostLineView(String id, long amountEur, long aidUsedEur, long aidCapEur) {}

  /**
   * A competitive instrument the plan fits: not in the base stack.
   *
   * @param addsEur what it would provide if won
   * @param bankLoanSmallerByEur how much smaller the bank loan could then be
   */
  public record UpsideView(
      String instrumentId,
      String shortName,
      long addsEur,
      long bankLoanSmallerByEur,
      List<String> conditions,
      String likelihood,
      String effect) {}

  /**
   * A policy proposal evaluated as if enacted on its published outline: never available.
   *
   * @param addsEur what it would cover in a stack composed with it under the same rules
   * @param closesUncoveredEur how much of what the real stack leaves uncovered it would cover
   * @param bankLoanSmallerByEur how much smaller the bank loan could then be
   * @param statement that it is a proposal and does not exist, and what it would change
   */
  public record WhatIfView(
      String instrumentId,
      String name,
      String shortName,
      long addsEur,
      long closesUncoveredEur,
      long bankLoanSmallerByEur,
      String statement) {}

  /** One part of the stack; {@code fundsEur} is money it provides now. */
  public record Part(
      String instrumentId,
      String kind,
      long fundsEur,
      long coversEur,
      long aidEquivalentEur,
      String aidBasis,
      long annualCostEur,
      int order,
      String legalBasis) {}

  public static MatchView of(Matched matched, Locale locale) {
    MatchResult result = matched.result();
    return new MatchView(
        "full",
        matched.matchId(),
        matched.computedAt(),
        result.size().sizeClass().name(),
        MessageRenderer.in(locale).render(result.size().reasoning()),
        result.catalogueVersion(),
        matched.catalogue().instrumentVersions(),
        result.evaluatedOn(),
        result.instruments().stream().map(i -> instrument(i, locale)).toList(),
        flags(result.planFlags(), locale),
        stack(result.stack(), result.upside(), locale),
        result.referrals().stream()
            .map(
                r ->
                    new ReferralView(
                        r.support().name(),
                        MessageRenderer.in(locale).render(r.name()),
                        MessageRenderer.in(locale).render(r.why())))
            .toList(),
        result.whatIf().stream()
            .map(
                w ->
                    new WhatIfView(
                        w.instrumentId(),
                        w.name(),
                        w.shortName(),
                        w.addsEur(),
                        w.closesUncoveredEur(),
                        w.bankLoanSmallerByEur(),
                        MessageRenderer.in(locale).render(w.statement())))
            .toList());
  }

  /** The verdicts and the stack without the texts that explain them: a tenth of the size. */
  public static MatchView summaryOf(Matched matched, Locale locale) {
    MatchResult result = matched.result();
    return new MatchView(
        "summary",
        matched.matchId(),
        matched.computedAt(),
        result.size().sizeClass().name(),
        null,
        result.catalogueVersion(),
        matched.catalogue().instrumentVersions(),
        result.evaluatedOn(),
        result.instruments().stream().map(MatchView::verdict).toList(),
        null,
        stack(result.stack(), result.upside(), locale),
        null,
        null);
  }

  private static InstrumentView verdict(InstrumentMatch match) {
    return new InstrumentView(
        match.id(),
        match.name(),
        match.shortName(),
        match.status().name(),
        match.confidence() == null ? null : match.confidence().name(),
        match.eligible(),
        match.verdict().name(),
        match.score(),
        null,
        match.certainty().name(),
        null,
        null,
        null,
        null);
  }

  private static InstrumentView instrument(InstrumentMatch match, Locale locale) {
    return verdict(match)
        .explainedBy(
            match.scoreBreakdown() == null
                ? List.of()
                : match.scoreBreakdown().components().stream()
                    .map(
                        c ->
                            new ScoreLine(
                                c.factor().name(),
                                c.weight(),
                                c.points(),
                                MessageRenderer.in(locale).render(c.explanation())))
                    .toList(),
            match.reasons().stream().map(MessageRenderer.in(locale)::render).toList(),
            match.unmet().stream()
                .map(
                    u ->
                        new Unmet(
                            u.criterion().name(),
                            MessageRenderer.in(locale).render(u.message()),
                            u.wouldFitIf().map(MessageRenderer.in(locale)::render).orElse(null)))
                .toList(),
            match.toCheck().stream()
                .map(
                    q ->
                        new ToCheck(
                            q.criterion().name(),
                            MessageRenderer.in(locale).render(q.message()),
                            MessageRenderer.in(locale).render(q.checkWith())))
                .toList(),
            flags(match.flags(), locale));
  }

  private static List<FlagView> flags(List<Flag> flags, Locale locale) {
    MessageRenderer renderer = MessageRenderer.in(locale);
    return flags.stream()
        .map(f -> new FlagView(f.kind().name(), renderer.render(f.text())))
        .toList();
  }

  private static StackView stack(Stack stack, List<Upside> upside, Locale locale) {
    MessageRenderer renderer = MessageRenderer.in(locale);
    return new StackView(
        stack.feasible(),
        stack.parts().stream().map(MatchView::part).toList(),
        stack.ownContributionEur(),
        stack.uncoveredEur(),
        stack.deMinimisUsedEur(),
        stack.deMinimisHeadroomEur(),
        stack.gberAidUsedEur(),
        stack.gberAidCapEur(),
        stack.estimatedAnnualCostEur(),
        stack.costLines().stream()
            .map(l -> new CostLineView(l.id(), l.amountEur(), l.aidUsedEur(), l.aidCapEur()))
            .toList(),
        upside.stream()
            .map(
                u ->
                    new UpsideView(
                        u.instrumentId(),
                        u.shortName(),
                        u.addsEur(),
                        u.bankLoanSmallerByEur(),
                        u.conditions().stream().map(renderer::render).toList(),
                        renderer.render(u.likelihood()),
                        renderer.render(u.effect())))
            .toList());
  }

  private static Part part(StackPart part) {
    return new Part(
        part.instrumentId(),
        part.kind().name(),
        part.fundsEur(),
        part.coversEur(),
        part.aidEquivalentEur(),
        part.aidBasis().name(),
        part.annualCostEur(),
        part.order(),
        part.legalBasis().name());
  }
}
