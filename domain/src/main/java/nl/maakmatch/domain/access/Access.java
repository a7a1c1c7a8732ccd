package nl.maakmatch.domain.access;

import java.util.Objects;
import java.util.function.Supplier;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.matching.text.Message;

/**
 * The answer of an access policy to "may this actor do this": {@link Allowed} on a named ground, or
 * {@link Denied} with a reason and whether the record is hidden (answered as not found, so its
 * existence is not revealed) or the caller is refused (the caller may know the record, but not do
 * this).
 */
public sealed interface Access permits Access.Allowed, Access.Denied {

  /** Why the actor may act: on their own data, or on another party's by its say-so or a role. */
  enum Ground {
    /** The actor acts for the firm whose data it is. */
    MEMBER,
    /** An adviser of the ROM the firm asked for guidance. */
    GUIDANCE,
    /** A financier of an organisation the firm shared the plan with. */
    CONSENT,
    /** The actor's role alone allows it (e.g. an administrator's task). */
    ROLE;

    /** Reads of another party's data on these grounds are written to that party's audit log. */
    public boolean readsAnotherPartysData() {
      return this == GUIDANCE || this == CONSENT;
    }
  }

  /** How a denial is answered. */
  enum Refusal {
    /** As if the record did not exist (404): the caller has no business knowing it. */
    HIDE,
    /** As a refusal (403): the caller may see the record, or the action is one of a role. */
    REFUSE
  }

  record Allowed(Ground ground) implements Access {
    public Allowed {
      Objects.requireNonNull(ground, "ground");
    }
  }

  record Denied(Message reason, Refusal refusal) implements Access {
    public Denied {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  static Access allowed(Ground ground) {
    return new Allowed(ground);
  }

  static Access hidden(Message reason) {
    return new Denied(reason, Refusal.HIDE);
  }

  static Access refused(Message reason) {
    return new Denied(reason, Refusal.REFUSE);
  }

  /** Allowed on a role, or refused with the reason: for actions that only a role may take. */
  static Access onlyFor(Actor actor, Role role, Message reason) {
    return actor.has(role) ? allowed(Ground.ROLE) : refused(reason);
  }

  /** This answer if it denies; otherwise the answer of the next, stricter question. */
  default Access then(Supplier<Access> next) {
    return this instanceof Allowed ? next.get() : this;
  }

  default boolean isAllowed() {
    return this instanceof Allowed;
  }

  /**
   * The ground if allowed; otherwise the exception the caller gets: {@link RecordNotFound} for the
   * record asked for when hidden, {@link NotPermitted} with the reason when refused.
   */
  default Ground require(RecordKind kind, Object id) {
    if (this instanceof Allowed allowed) {
      return allowed.ground();
    }
    Denied denied = (Denied) this;
    if (denied.refusal() == Refusal.HIDE) {
      throw new RecordNotFound(kind, id);
    }
    throw new NotPermitted(denied.reason());
  }

  /**
   * The ground if allowed; otherwise {@link NotPermitted}: for actions on no record in particular.
   */
  default Ground require() {
    if (this instanceof Allowed allowed) {
      return allowed.ground();
    }
    throw new NotPermitted(((Denied) this).reason());
  }
}
