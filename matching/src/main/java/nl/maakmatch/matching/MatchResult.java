package nl.maakmatch.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.referral.Referral;
import nl.maakmatch.matching.stack.Stack;
import nl.maakmatch.matching.stack.StackProblem;

/**
 * The outcome of matching one plan against the catalogue.
 *
 * @param size the firm's EU size class with the reasoning behind it
 * @param catalogueVersion which catalogue content this result was computed from
 * @param evaluatedOn today's date by the engine's clock (deadlines, windows and ages use it)
 * @param instruments every instrument of the catalogue (proposals only when asked for), eligible
 *     ones first by score, then the uncertain ones by score, then the others in catalogue order
 * @param planFlags notes on the plan as a whole (key technology)
 * @param stackProblem what the stack was composed from: eligible open instruments as numeric
 *     options, the bank loan assumptions, the GBER cap and de minimis headroom
 * @param stack the composed base stack: never counts on an instrument awarded by competition
 * @param upside the competitive instruments the plan fits, each with what it would add
 * @param whatIf the policy proposals the plan would fit if they were enacted, each with what it
 *     would add beside the real stack; empty unless proposals were asked for. Never available.
 * @param referrals support to talk to beside the financing (Fieldlabs, TO2 institutions, digital
 *     hubs), with why; advice, never money
 */
public record MatchResult(
    SizeClassification size,
    String catalogueVersion,
    LocalDate evaluatedOn,
    List<InstrumentMatch> instruments,
    List<Flag> planFlags,
    StackProblem stackProblem,
    Stack stack,
    List<Upside> upside,
    List<WhatIf> whatIf,
    List<Referral> referrals) {

  public MatchResult {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(stackProblem, "stackProblem");
    Objects.requireNonNull(stack, "stack");
    instruments = List.copyOf(instruments);
    planFlags = List.copyOf(planFlags);
    upside = List.copyOf(upside);
    whatIf = whatIf == null ? List.of() : List.copyOf(whatIf);
    referrals = referrals == null ? List.of() : List.copyOf(referrals);
  }

  public Optional<InstrumentMatch> instrument(String id) {
    return instruments.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public List<InstrumentMatch> eligible() {
    return instruments.stream().filter(InstrumentMatch::eligible).toList();
  }
}
