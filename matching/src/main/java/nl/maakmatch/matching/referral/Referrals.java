package nl.maakmatch.matching.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Label;
import nl.maakmatch.matching.text.Listing;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/** Picks the support worth talking to for a plan: by its purposes, key technologies and region. */
public final class Referrals {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.referral.messages");

  public List<Referral> forPlan(FirmProfile firm, PlanProfile plan) {
    List<Referral> referrals = new ArrayList<>();
    for (Support support : Support.values()) {
      Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
      plan.purposes().stream().filter(support.purposes()::contains).forEach(purposes::add);
      Set<KeyTechnology> technologies = EnumSet.noneOf(KeyTechnology.class);
      plan.keyTechnologies().stream()
          .filter(support.technologies()::contains)
          .forEach(technologies::add);
      if (purposes.isEmpty() && technologies.isEmpty()) {
        continue;
      }
      List<Message> about = new ArrayList<>();
      purposes.stream().sorted().map(Label::of).forEach(about::add);
      technologies.stream().sorted().map(Label::of).forEach(about::add);
      Message what =
          switch (support) {
            case FIELDLAB -> TEXT.get("fieldlab.what");
            case TO2_INSTITUTE -> TEXT.get("to2.what");
            case DIGITAL_HUB -> TEXT.get("digitalHub.what", firm.province());
          };
      referrals.add(
          new Referral(support, Label.of(support), TEXT.get("why", what, Listing.and(about))));
    }
    return referrals;
  }
}
