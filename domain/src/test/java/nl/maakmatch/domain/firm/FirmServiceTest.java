package nl.maakmatch.domain.firm;

import static nl.maakmatch.domain.fixtures.Actors.anAdmin;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.bramOfAnotherFirm;
import static nl.maakmatch.domain.fixtures.FirmFixtures.ITS_KVK_NUMBER;
import static nl.maakmatch.domain.fixtures.FirmFixtures.aSmallMachineBuilder;
import static nl.maakmatch.domain.fixtures.KnownUserFixtures.aDirectoryOfAnnaCarlaAndDirk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.maakmatch.domain.BusinessRuleViolation;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.DomainEvent;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.FirmEvent.AdviserAssigned;
import nl.maakmatch.domain.event.FirmEvent.FirmRegistered;
import nl.maakmatch.domain.event.FirmEvent.JoinRequested;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.user.KnownUser;
import nl.maakmatch.domain.user.UserDirectory;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;

/** The service's decisions, over repositories kept in memory. */
class FirmServiceTest {

  private static final KvkNumber ANOTHER_KVK_NUMBER = new KvkNumber("87654321");

  private final Clock clock = Time.fixedClock();
  private final Map<UUID, Firm> firmTable = new HashMap<>();
  private final List<FirmMember> memberTable = new ArrayList<>();
  private final Map<String, FirmInvitation> invitationTable = new HashMap<>();
  private final Map<UUID, Guidance> guidanceTable = new HashMap<>();
  private final List<DomainEvent> recorded = new ArrayList<>();
  private final FirmService service = aServiceInMemory(aDirectoryOfAnnaCarlaAndDirk());

  @Test
  void registersANewKvkNumberAsTheCallersFirm() {
    Registration registration = service.register(anna(), ITS_KVK_NUMBER, aSmallMachineBuilder());

    Firm firm = registration.registered().orElseThrow();
    assertThat(firmTable).containsOnlyKeys(firm.id());
    assertThat(memberTable).extracting(FirmMember::subject).containsExactly("anna");
    assertThat(recorded).containsExactly(new FirmRegistered(firm.id()));
  }

  @Test
  void answersARegisteredKvkNumberWithAJoinRequestToItsFirmThatRevealsNothingOfIt() {
    Firm annas =
        service.register(anna(), ITS_KVK_NUMBER, aSmallMachineBuilder()).registered().orElseThrow();
    recorded.clear();

    Registration registration =
        service.register(bramOfAnotherFirm(), ITS_KVK_NUMBER, aSmallMachineBuilder());

    assertThat(registration).isInstanceOf(Registration.JoinRequested.class);
    assertThat(registration.registered()).isEmpty();
    Registration.JoinRequested request = (Registration.JoinRequested) registration;
    assertThat(MessageRenderer.dutch(request.message()))
        .isEqualTo(
            "Er is een verzoek om u aan te sluiten naar de eigenaar van het bedrijf gestuurd; die"
                + " kan u uitnodigen.");
    assertThat(MessageRenderer.english(request.message()))
        .isEqualTo("A request to join was sent to the firm's owner; they can invite you.");
    assertThat(firmTable).containsOnlyKeys(annas.id());
    assertThat(memberTable).extracting(FirmMember::subject).containsExactly("anna");
    assertThat(recorded).containsExactly(new JoinRequested(annas.id(), "bram"));
  }

  @Test
  void answersAWrongCodeAndAnUnknownKvkNumberAlike() {
    Firm annas =
        service.register(anna(), ITS_KVK_NUMBER, aSmallMachineBuilder()).registered().orElseThrow();
    String code = service.invite(anna(), annas.id()).code();

    BusinessRuleViolation wrongCode =
        catchThrowableOfType(
            () -> service.join(bramOfAnotherFirm(), ITS_KVK_NUMBER, "ABCDEFGHJKLM"),
            BusinessRuleViolation.class);
    BusinessRuleViolation unknownKvkNumber =
        catchThrowableOfType(
            () -> service.join(bramOfAnotherFirm(), ANOTHER_KVK_NUMBER, code),
            BusinessRuleViolation.class);

    assertThat(unknownKvkNumber.rule()).isEqualTo(wrongCode.rule()).isEqualTo("invitation");
    assertThat(unknownKvkNumber.explanation()).isEqualTo(wrongCode.explanation());
    assertThat(memberTable).extracting(FirmMember::subject).containsExactly("anna");
  }

  @Test
  void assignsAFirmsGuidanceToAKnownAdviserOfItsRegion() {
    Firm annas = aGuidedFirmOfAnna();

    service.assignAdviser(anAdmin(), annas.id(), "carla");

    assertThat(guidanceTable.get(annas.id()).assignedAdviser()).isEqualTo("carla");
    assertThat(recorded).containsExactly(new AdviserAssigned(annas.id(), "carla"));
  }

  @Test
  void refusesAnAdviserOfAnotherRegionAndRecordsNothing() {
    Firm annas = aGuidedFirmOfAnna();

    assertThatThrownBy(() -> service.assignAdviser(anAdmin(), annas.id(), "dirk"))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("adviser-of-another-region"));
    assertThat(guidanceTable.get(annas.id()).assignedAdviser()).isNull();
    assertThat(recorded).isEmpty();
  }

  private Firm aGuidedFirmOfAnna() {
    Firm annas =
        service.register(anna(), ITS_KVK_NUMBER, aSmallMachineBuilder()).registered().orElseThrow();
    service.requestGuidance(anna(), annas.id(), false);
    recorded.clear();
    return annas;
  }

  private FirmService aServiceInMemory(Function<String, Optional<KnownUser>> knownUsers) {
    FirmService service = new FirmService();
    service.clock = clock;
    service.firms =
        new Firms() {
          @Override
          public Optional<Firm> find(UUID id) {
            return Optional.ofNullable(firmTable.get(id));
          }

          @Override
          public Optional<Firm> withKvkNumber(KvkNumber kvk) {
            return firmTable.values().stream().filter(f -> f.kvkNumber().equals(kvk)).findFirst();
          }

          @Override
          public void add(Firm firm) {
            firmTable.put(firm.id(), firm);
          }

          @Override
          public void flush() {}
        };
    service.members =
        new FirmMembers() {
          @Override
          public boolean isMember(UUID firmId, String subject) {
            return memberTable.stream()
                .anyMatch(m -> m.firmId().equals(firmId) && m.subject().equals(subject));
          }

          @Override
          public void add(FirmMember member) {
            memberTable.add(member);
          }
        };
    service.invitations =
        new FirmInvitations() {
          @Override
          public Optional<FirmInvitation> withCode(String code) {
            return Optional.ofNullable(invitationTable.get(FirmInvitation.hash(code)));
          }

          @Override
          public void add(FirmInvitation invitation) {
            invitationTable.put(invitation.codeHash(), invitation);
          }
        };
    service.guidances =
        new Guidances() {
          @Override
          public Optional<Guidance> ofFirm(UUID firmId) {
            return Optional.ofNullable(guidanceTable.get(firmId));
          }

          @Override
          public void add(Guidance guidance) {
            guidanceTable.put(guidance.firmId(), guidance);
          }
        };
    service.relations = new FirmRelations();
    service.relations.members = service.members;
    service.relations.guidances = service.guidances;
    service.events =
        new EventRecorder() {
          @Override
          public void record(Actor actor, DomainEvent event) {
            recorded.add(event);
          }

          @Override
          public void record(Actor actor, DomainEvent event, long version, Object snapshot) {
            recorded.add(event);
          }
        };
    service.directory =
        new UserDirectory() {
          @Override
          public Optional<KnownUser> find(String subject) {
            return knownUsers.apply(subject);
          }
        };
    return service;
  }
}
