package nl.maakmatch.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.matching.firm.Province;

/**
 * A user MaakMatch has seen, as their verified token last described them: subject, user name, roles
 * and, for advisers and financiers, the ROM region and organisation they act for; and how to reach
 * them (e-mail address, preferred language). Invariants: the subject never changes; {@code
 * firstSeen <= lastSeen}; roles, region and organisation are those of the latest sighting; an
 * address or language is the latest one a token (or, before any token did, the demo data) gave, so
 * a token without them does not make a known user unreachable.
 */
@Entity
@Table(name = "known_user")
public class KnownUser {

  /** Column widths (V8): Keycloak's limit for user names, the organisation register's codes. */
  public static final int SUBJECT_LENGTH = 200;

  public static final int USER_NAME_LENGTH = 255;

  public static final int ORGANISATION_LENGTH = 100;

  @Id
  @Column(length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "user_name", length = USER_NAME_LENGTH)
  private String userName;

  @Column(nullable = false)
  private String roles;

  @Enumerated(EnumType.STRING)
  @Column(name = "rom_region")
  private Province romRegion;

  @Column(length = ORGANISATION_LENGTH)
  private String organisation;

  @Column(length = Contact.EMAIL_LENGTH)
  private String email;

  @Column(length = 8)
  private String language;

  @Column(name = "first_seen", nullable = false, updatable = false)
  private OffsetDateTime firstSeen;

  @Column(name = "last_seen", nullable = false)
  private OffsetDateTime lastSeen;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected KnownUser() {}

  /** The first time the user is seen. */
  public static KnownUser seenForTheFirstTime(Actor actor, Optional<String> userName, Clock clock) {
    return seenForTheFirstTime(actor, userName, Contact.UNKNOWN, clock);
  }

  /** The first time the user is seen, with what their token says of how to reach them. */
  public static KnownUser seenForTheFirstTime(
      Actor actor, Optional<String> userName, Contact contact, Clock clock) {
    if (actor.subject().isBlank() || actor.subject().length() > SUBJECT_LENGTH) {
      throw new IllegalArgumentException("a subject has 1 to " + SUBJECT_LENGTH + " characters");
    }
    KnownUser user = new KnownUser();
    user.subject = actor.subject();
    user.firstSeen = OffsetDateTime.now(clock);
    user.seenAgain(actor, userName, contact, clock);
    return user;
  }

  /** Seen again: takes the roles, region, organisation and name the token has now. */
  public void seenAgain(Actor actor, Optional<String> userName, Clock clock) {
    seenAgain(actor, userName, Contact.UNKNOWN, clock);
  }

  /**
   * Seen again: takes the roles, region, organisation and name the token has now, and the address
   * and language it gives (those it leaves out stay as they were).
   */
  public void seenAgain(Actor actor, Optional<String> userName, Contact contact, Clock clock) {
    if (!subject.equals(actor.subject())) {
      throw new IllegalArgumentException("another user's token");
    }
    this.userName =
        userName.filter(n -> !n.isBlank() && n.length() <= USER_NAME_LENGTH).orElse(null);
    this.roles = String.join(",", actor.roles().stream().map(Role::claim).sorted().toList());
    this.romRegion = actor.romRegion().orElse(null);
    // a code longer than the register allows names no organisation; keep none rather than half
    this.organisation =
        actor.organisation().filter(o -> o.length() <= ORGANISATION_LENGTH).orElse(null);
    contact.email().ifPresent(address -> this.email = address);
    contact.language().ifPresent(l -> this.language = l.getLanguage());
    this.lastSeen = OffsetDateTime.now(clock);
  }

  /**
   * Someone other than the user (the demo data) says how to reach them: taken only where nothing is
   * known yet, since the user's own token has the last word.
   */
  public void reachableAt(Contact contact) {
    if (email == null) {
      contact.email().ifPresent(address -> this.email = address);
    }
    if (language == null) {
      contact.language().ifPresent(l -> this.language = l.getLanguage());
    }
  }

  /** An adviser of the ROM of {@code region}, as far as their token said when last seen. */
  public boolean isAdviserIn(Province region) {
    return roles().contains(Role.ADVISER) && region == romRegion;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> userName() {
    return Optional.ofNullable(userName);
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Set<String> claims = Set.of(roles.split(","));
    Arrays.stream(Role.values()).filter(r -> claims.contains(r.claim())).forEach(set::add);
    return set;
  }

  public Optional<Province> romRegion() {
    return Optional.ofNullable(romRegion);
  }

  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Contact contact() {
    return new Contact(
        Optional.ofNullable(email), Optional.ofNullable(language).map(Locale::forLanguageTag));
  }

  /** Where mail for the user goes, once an address is known. */
  public Optional<Recipient> recipient() {
    Contact contact = contact();
    return contact
        .email()
        .map(address -> new Recipient(subject, address, contact.language().orElse(null)));
  }

  public OffsetDateTime firstSeen() {
    return firstSeen;
  }

  public OffsetDateTime lastSeen() {
    return lastSeen;
  }
}
