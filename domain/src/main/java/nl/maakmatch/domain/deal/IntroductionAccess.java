package nl.maakmatch.domain.deal;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import java.util.Objects;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.Access.Ground;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.firm.FirmAccess;

/**
 * Who sees and does what with an introduction, from plain facts: the actor's relation to the plan's
 * firm, the organisation it was introduced to and its state. The firm's users and guiding advisers
 * see it through the firm; the organisation's financiers see it until the firm withdraws; anyone
 * else does not learn it exists.
 */
public final class IntroductionAccess {

  /** What the policy knows about one actor and one introduction. */
  public record Facts(FirmAccess.Facts firm, String organisation, IntroductionState state) {

    public Facts {
      Objects.requireNonNull(firm, "firm");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(state, "state");
    }
  }

  private final Actor actor;
  private final Facts facts;
  private final FirmAccess firm;

  private IntroductionAccess(Actor actor, Facts facts) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.firm = FirmAccess.of(actor, facts.firm());
  }

  public static IntroductionAccess of(Actor actor, Facts facts) {
    return new IntroductionAccess(actor, facts);
  }

  /**
   * A plan is introduced by the firm's users, or on its behalf by a guiding adviser it let edit its
   * plans.
   */
  public static Access toIntroduce(Actor actor, FirmAccess.Facts firm) {
    FirmAccess access = FirmAccess.of(actor, firm);
    return access
        .toRead()
        .then(() -> access.membersOrEditingAdvisers(TEXT.get("introduction.introduceMembersOnly")));
  }

  /** The list of introductions is for the parties to them: firms, advisers and financiers. */
  public static Access toList(Actor actor) {
    return actor.has(Role.FIRM)
            || actor.has(Role.ADVISER)
            || (actor.has(Role.FINANCIER) && actor.organisation().isPresent())
        ? Access.allowed(Ground.ROLE)
        : Access.refused(TEXT.get("introduction.partiesOnly"));
  }

  /** The dossier, timeline and thread. */
  public Access toSee() {
    if (ofTheOrganisation()) {
      return facts.state() == IntroductionState.WITHDRAWN
          ? Access.hidden(TEXT.get("introduction.withdrawn"))
          : Access.allowed(Ground.CONSENT);
    }
    return firm.toRead();
  }

  /** Answers, and reporting the money paid out, come from the organisation's financiers. */
  public Access toAnswer() {
    return toSee()
        .then(
            () ->
                ofTheOrganisation()
                    ? Access.allowed(Ground.CONSENT)
                    : Access.refused(TEXT.get("introduction.financierOnly")));
  }

  /** Questions and answers in the thread: the firm, its guiding advisers and the financiers. */
  public Access toPostMessages() {
    return toSee();
  }

  /** Accepting or rejecting an offer is the firm's own decision. */
  public Access toDecide() {
    return toSee().then(() -> firm.membersOnly(TEXT.get("introduction.decideMembersOnly")));
  }

  /** Withdrawing, and re-routing to another organisation, as introducing: for the firm. */
  public Access toWithdraw() {
    return toSee()
        .then(() -> firm.membersOrEditingAdvisers(TEXT.get("introduction.introduceMembersOnly")));
  }

  /** On whose side the actor takes part. */
  public Party party() {
    if (ofTheOrganisation()) {
      return Party.FINANCIER;
    }
    return facts.firm().member() ? Party.FIRM : Party.ADVISER;
  }

  private boolean ofTheOrganisation() {
    return actor.has(Role.FINANCIER)
        && actor.organisation().filter(facts.organisation()::equals).isPresent();
  }
}
