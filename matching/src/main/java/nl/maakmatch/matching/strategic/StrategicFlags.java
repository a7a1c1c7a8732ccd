package nl.maakmatch.matching.strategic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.flag.Flag;
import nl.maakmatch.matching.flag.FlagKind;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.KeyTechnology.Sensitivity;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Messages;

/**
 * Marks plans in the key technologies of the 2022 industry note, and warns where an equity investor
 * would trigger investment screening under the Wet Vifo (docs/rules/wet-vifo.md): for a firm active
 * in very sensitive technology (semiconductors, photonics, quantum) any investor, Dutch or foreign,
 * notifies at 10%, 20% and 25% of the votes and must wait for the decision. Debt and guarantees
 * normally confer no votes and are not flagged ([estimate] in docs/rules/wet-vifo.md).
 */
public final class StrategicFlags {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.strategic.messages");

  public List<Flag> forPlan(PlanProfile plan) {
    Set<KeyTechnology> strategic = technologies(plan, KeyTechnology::isStrategic);
    return strategic.isEmpty()
        ? List.of()
        : List.of(new Flag(FlagKind.KEY_TECHNOLOGY, TEXT.get("keyTechnology", named(strategic))));
  }

  public List<Flag> forInstrument(Instrument instrument, PlanProfile plan) {
    if (!instrument.mayTakeEquityStake()) {
      return List.of();
    }
    List<Flag> flags = new ArrayList<>();
    Set<KeyTechnology> verySensitive =
        technologies(plan, t -> t.sensitivity() == Sensitivity.VERY_SENSITIVE);
    if (!verySensitive.isEmpty()) {
      flags.add(
          new Flag(
              FlagKind.VIFO_NOTIFICATION,
              TEXT.get("vifo.notification", instrument.shortName(), named(verySensitive))));
    }
    Set<KeyTechnology> proposed = technologies(plan, t -> t.sensitivity() == Sensitivity.PROPOSED);
    if (!proposed.isEmpty()) {
      flags.add(
          new Flag(
              FlagKind.VIFO_EXTENSION_PENDING,
              TEXT.get("vifo.extensionPending", instrument.shortName(), named(proposed))));
    }
    return flags;
  }

  private static Listing named(Set<KeyTechnology> technologies) {
    return Listing.of(technologies.stream().sorted().toList());
  }

  private static Set<KeyTechnology> technologies(PlanProfile plan, Predicate<KeyTechnology> which) {
    Set<KeyTechnology> found = EnumSet.noneOf(KeyTechnology.class);
    plan.keyTechnologies().stream().filter(which).forEach(found::add);
    return found;
  }
}
