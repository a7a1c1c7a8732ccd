package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.fixtures.Actors.THE_BANK;
import static nl.maakmatch.domain.fixtures.Actors.anna;
import static nl.maakmatch.domain.fixtures.Actors.bramOfAnotherFirm;
import static nl.maakmatch.domain.fixtures.Actors.daanFinancierOfTheBank;
import static nl.maakmatch.domain.fixtures.Actors.evaFinancierOfAnotherBank;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aPdf;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aWindowsProgram;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.repeated;
import static nl.maakmatch.domain.fixtures.PlanFixtures.THE_FIRM;
import static nl.maakmatch.domain.fixtures.PlanFixtures.aDraftPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StateConflict;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.event.DocumentEvent.DocumentDeleted;
import nl.maakmatch.domain.event.DocumentEvent.DocumentDownloaded;
import nl.maakmatch.domain.event.DocumentEvent.DocumentUploaded;
import nl.maakmatch.domain.event.DomainEvent;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.domain.event.PlanEvent.PlanRead;
import nl.maakmatch.domain.firm.FirmAccess;
import nl.maakmatch.domain.firm.FirmRelations;
import nl.maakmatch.domain.fixtures.Time;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's decisions, over repositories kept in memory; Anna acts for the plan's firm. */
class DocumentServiceTest {

  private static final long LIMIT = 4096;

  @TempDir Path directory;

  private final InvestmentPlan plan = aDraftPlan();
  private final UUID planId = plan.id();
  private final Map<UUID, PlanDocument> documentTable = new HashMap<>();
  private final Map<UUID, byte[]> contentTable = new HashMap<>();
  private final Set<String> sharedWith = new HashSet<>();
  private final List<DomainEvent> recorded = new ArrayList<>();

  @Test
  void keepsAnUploadedPdfWithItsTypeSizeAndHash() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();

    PlanDocument document = upload(service, anna(), "offerte.pdf", aPdf());

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.sizeBytes()).isEqualTo(aPdf().length);
    assertThat(document.sha256()).isEqualTo(sha256(aPdf()));
    assertThat(document.fileName().value()).isEqualTo("offerte.pdf");
    assertThat(document.kind()).isEqualTo(DocumentKind.QUOTE);
    assertThat(document.uploadedBy()).isEqualTo("anna");
    assertThat(document.storage()).isEqualTo(DocumentStorage.DATABASE);
    assertThat(contentTable.get(document.id())).isEqualTo(aPdf());
    assertThat(recorded).containsExactly(new DocumentUploaded(document.id(), planId, THE_FIRM));
  }

  @Test
  void keepsNothingOfARenamedProgram() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();

    DocumentRefused refused =
        catchThrowableOfType(
            DocumentRefused.class, () -> upload(service, anna(), "offerte.pdf", aWindowsProgram()));

    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.UNSUPPORTED_TYPE);
    assertThat(refused.rule()).isEqualTo("document-type");
    assertThat(documentTable).isEmpty();
    assertThat(contentTable).isEmpty();
    assertThat(recorded).isEmpty();
  }

  @Test
  void keepsNothingOfAFileOverTheLimitOrAnEmptyOne() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();

    assertThatThrownBy(() -> upload(service, anna(), "scan.pdf", repeated((int) LIMIT + 1)))
        .isInstanceOf(DocumentRefused.class);
    assertThatThrownBy(() -> upload(service, anna(), "scan.pdf", new byte[0]))
        .isInstanceOf(DocumentRefused.class);
    assertThat(documentTable).isEmpty();
    assertThat(contentTable).isEmpty();
  }

  @Test
  void refusesDocumentsForAPlanThatHasEnded() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    plan.close(Time.fixedClock());

    assertThatThrownBy(() -> upload(service, anna(), "offerte.pdf", aPdf()))
        .isInstanceOf(StateConflict.class);
    assertThat(documentTable).isEmpty();
  }

  @Test
  void hidesThePlanFromAnotherFirmsUserWithoutReadingTheirFile() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    UnreadStream file = new UnreadStream();

    RecordNotFound notFound =
        catchThrowableOfType(
            RecordNotFound.class,
            () ->
                service.upload(
                    bramOfAnotherFirm(), THE_FIRM, planId, DocumentKind.OTHER, "x.pdf", file));

    assertThat(notFound.kind()).isEqualTo(RecordKind.PLAN);
    assertThat(file.touched).isFalse();
  }

  @Test
  void givesTheFirmBackTheSameBytesAndAuditsTheDownload() throws IOException {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    PlanDocument document = upload(service, anna(), "offerte.pdf", aPdf());
    recorded.clear();

    DocumentDownload download = service.download(anna(), THE_FIRM, planId, document.id());

    assertThat(download.content().readAllBytes()).isEqualTo(aPdf());
    assertThat(download.document().sha256()).isEqualTo(sha256(aPdf()));
    assertThat(recorded).containsExactly(new DocumentDownloaded(document.id(), planId, THE_FIRM));
  }

  @Test
  void letsAFinancierReadTheDocumentsAnIntroductionSharesWithItsOrganisation() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    PlanDocument document = upload(service, anna(), "jaarrekening.pdf", aPdf());
    sharedWith.add(THE_BANK);
    recorded.clear();

    List<PlanDocument> listed = service.documentsOf(daanFinancierOfTheBank(), THE_FIRM, planId);
    service.download(daanFinancierOfTheBank(), THE_FIRM, planId, document.id());

    assertThat(listed).containsExactly(document);
    assertThat(recorded)
        .containsExactly(
            new PlanRead(planId, THE_FIRM),
            new DocumentDownloaded(document.id(), planId, THE_FIRM));
  }

  @Test
  void hidesThePlanFromAFinancierTheDocumentsAreNotSharedWith() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    PlanDocument document = upload(service, anna(), "jaarrekening.pdf", aPdf());
    sharedWith.add(THE_BANK);
    recorded.clear();

    assertThatThrownBy(
            () -> service.download(evaFinancierOfAnotherBank(), THE_FIRM, planId, document.id()))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> service.documentsOf(evaFinancierOfAnotherBank(), THE_FIRM, planId))
        .isInstanceOf(RecordNotFound.class);
    assertThat(recorded).isEmpty();
  }

  @Test
  void findsNoDocumentOfThePlanUnderAnotherPlan() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    PlanDocument document = upload(service, anna(), "offerte.pdf", aPdf());

    assertThatThrownBy(() -> service.download(anna(), THE_FIRM, UUID.randomUUID(), document.id()))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void deletingRemovesTheContentsAndKeepsTheRecordMarkedDeleted() {
    DocumentService service = aServiceKeepingContentsInTheDatabase();
    PlanDocument document = upload(service, anna(), "offerte.pdf", aPdf());
    recorded.clear();

    service.delete(anna(), THE_FIRM, planId, document.id());

    assertThat(documentTable.get(document.id()).isDeleted()).isTrue();
    assertThat(documentTable.get(document.id()).deletedBy()).contains("anna");
    assertThat(contentTable).isEmpty();
    assertThat(service.documentsOf(anna(), THE_FIRM, planId)).isEmpty();
    assertThatThrownBy(() -> service.download(anna(), THE_FIRM, planId, document.id()))
        .isInstanceOf(RecordNotFound.class);
    assertThat(recorded).containsExactly(new DocumentDeleted(document.id(), planId, THE_FIRM));
  }

  @Test
  void keepsContentsAsAFileNamedByTheDocumentWhenADirectoryIsConfigured() throws IOException {
    DocumentService service = aServiceKeepingContentsIn(directory);

    PlanDocument document = upload(service, anna(), "offerte.pdf", aPdf());

    assertThat(document.storage()).isEqualTo(DocumentStorage.DIRECTORY);
    assertThat(filesIn(directory)).containsExactly(directory.resolve(document.id().toString()));
    assertThat(service.download(anna(), THE_FIRM, planId, document.id()).content().readAllBytes())
        .isEqualTo(aPdf());

    service.delete(anna(), THE_FIRM, planId, document.id());

    assertThat(filesIn(directory)).isEmpty();
  }

  @Test
  void leavesNoFileBehindForARefusedUploadToTheDirectory() {
    DocumentService service = aServiceKeepingContentsIn(directory);

    assertThatThrownBy(() -> upload(service, anna(), "offerte.pdf", aWindowsProgram()))
        .isInstanceOf(DocumentRefused.class);
    assertThat(filesIn(directory)).isEmpty();
  }

  private PlanDocument upload(DocumentService service, Actor actor, String name, byte[] bytes) {
    return service.upload(
        actor, THE_FIRM, planId, DocumentKind.QUOTE, name, new ByteArrayInputStream(bytes));
  }

  private DocumentService aServiceKeepingContentsInTheDatabase() {
    DocumentSettings settings = DocumentSettings.of(LIMIT, Optional.empty());
    DocumentService service = aService(settings);
    service.contents =
        new DocumentContents() {
          @Override
          public void store(PlanDocument document, ReceivedFile file) {
            contentTable.put(document.id(), file.bytes());
          }

          @Override
          public InputStream open(PlanDocument document) {
            return new ByteArrayInputStream(contentTable.get(document.id()));
          }

          @Override
          public void remove(PlanDocument document) {
            contentTable.remove(document.id());
          }
        };
    service.contents.settings = settings;
    return service;
  }

  private DocumentService aServiceKeepingContentsIn(Path directory) {
    DocumentSettings settings = DocumentSettings.of(LIMIT, Optional.of(directory));
    DocumentService service = aService(settings);
    service.contents = new DocumentContents();
    service.contents.settings = settings;
    return service;
  }

  private DocumentService aService(DocumentSettings settings) {
    DocumentService service = new DocumentService();
    service.settings = settings;
    service.clock = Time.fixedClock();
    service.sharing =
        (plan, organisation) -> plan.equals(planId) && sharedWith.contains(organisation);
    service.plans =
        new Plans() {
          @Override
          public Optional<InvestmentPlan> find(UUID id) {
            return Optional.of(plan).filter(p -> p.id().equals(id));
          }
        };
    service.documents =
        new PlanDocuments() {
          @Override
          public Optional<PlanDocument> find(UUID planId, UUID documentId) {
            return Optional.ofNullable(documentTable.get(documentId))
                .filter(d -> d.planId().equals(planId) && !d.isDeleted());
          }

          @Override
          public List<PlanDocument> ofPlan(UUID planId) {
            return documentTable.values().stream()
                .filter(d -> d.planId().equals(planId) && !d.isDeleted())
                .toList();
          }

          @Override
          public void add(PlanDocument document) {
            documentTable.put(document.id(), document);
          }

          @Override
          public void flush() {}
        };
    service.relations =
        new FirmRelations() {
          @Override
          public FirmAccess.Facts between(Actor actor, UUID firmId) {
            return firmId.equals(THE_FIRM) && actor.subject().equals("anna")
                ? FirmAccess.Facts.ofMember()
                : FirmAccess.Facts.ofStranger();
          }
        };
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
    return service;
  }

  private static List<Path> filesIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file that must not be read: the caller has no business uploading it. */
  private static final class UnreadStream extends InputStream {
    boolean touched;

    @Override
    public int read() {
      touched = true;
      return -1;
    }
  }
}
