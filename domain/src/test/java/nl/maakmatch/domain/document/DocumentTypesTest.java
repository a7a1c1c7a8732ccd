package nl.maakmatch.domain.document;

import static nl.maakmatch.domain.fixtures.DocumentFixtures.aJpeg;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aLegacySpreadsheet;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aLegacySpreadsheetWithMacros;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aLegacyWordFile;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aPdf;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aPng;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aPresentation;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aSpreadsheet;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aTruncatedCompoundFile;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aWindowsProgram;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aWordDocument;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aWordDocumentWithMacros;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.aZipArchive;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.anElfProgram;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.anInstallerPackage;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.anOoxmlPackageOfNoOfficeApplication;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.anOpenDocumentText;
import static nl.maakmatch.domain.fixtures.DocumentFixtures.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.maakmatch.domain.document.DocumentType.Accepted;
import nl.maakmatch.domain.document.DocumentType.Refused;
import nl.maakmatch.matching.text.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTypesTest {

  @TempDir Path uploads;

  @Test
  void acceptsAPdfByItsBytes() throws IOException {
    assertThat(typeOf("jaarrekening.pdf", aPdf())).isEqualTo(new Accepted("application/pdf"));
  }

  @Test
  void acceptsImagesByTheirSignatures() throws IOException {
    assertThat(typeOf("foto.png", aPng())).isEqualTo(new Accepted("image/png"));
    assertThat(typeOf("foto.jpg", aJpeg())).isEqualTo(new Accepted("image/jpeg"));
  }

  @Test
  void judgesByTheBytesNotTheName() throws IOException {
    assertThat(typeOf("offerte.exe", aPdf())).isEqualTo(new Accepted("application/pdf"));
    assertThat(typeOf("scan", aPng())).isEqualTo(new Accepted("image/png"));
  }

  @Test
  void refusesAWindowsProgramRenamedToPdfAndSaysWhatItIsAndWhatIsAccepted() throws IOException {
    DocumentType type = typeOf("offerte.pdf", aWindowsProgram());

    assertThat(type).isInstanceOf(Refused.class);
    Refused refused = (Refused) type;
    assertThat(refused.detected()).isEqualTo("application/x-msdownload");
    assertThat(MessageRenderer.english(refused.explanation()))
        .isEqualTo(
            "MaakMatch accepts only PDF files, images (PNG, JPEG, GIF, WebP, TIFF) and office"
                + " documents (Word, Excel, PowerPoint, OpenDocument). By its contents this file is"
                + " application/x-msdownload, whatever its name says. Nothing was stored.");
    assertThat(MessageRenderer.dutch(refused.explanation()))
        .startsWith("MaakMatch neemt alleen PDF-bestanden, afbeeldingen")
        .contains("Naar de inhoud is dit bestand application/x-msdownload");
  }

  @Test
  void refusesALinuxProgramWhateverItsName() throws IOException {
    assertThat(typeOf("begroting.xlsx", anElfProgram())).isInstanceOf(Refused.class);
  }

  @Test
  void refusesPlainText() throws IOException {
    assertThat(typeOf("offerte.pdf", plainText())).isInstanceOf(Refused.class);
  }

  @Test
  void acceptsOfficeOpenXmlDocumentsByTheirParts() throws IOException {
    assertThat(typeOf("plan.docx", aWordDocument())).isEqualTo(new Accepted(DocumentTypes.DOCX));
    assertThat(typeOf("begroting.xlsx", aSpreadsheet()))
        .isEqualTo(new Accepted(DocumentTypes.XLSX));
    assertThat(typeOf("pitch.pptx", aPresentation())).isEqualTo(new Accepted(DocumentTypes.PPTX));
  }

  @Test
  void acceptsAWordDocumentUnderAnyName() throws IOException {
    assertThat(typeOf("plan.zip", aWordDocument())).isEqualTo(new Accepted(DocumentTypes.DOCX));
  }

  @Test
  void refusesAZipArchiveEvenNamedAsAWordDocument() throws IOException {
    assertThat(typeOf("plan.docx", aZipArchive())).isInstanceOf(Refused.class);
    assertThat(typeOf("plan.docx", anOoxmlPackageOfNoOfficeApplication()))
        .isInstanceOf(Refused.class);
  }

  @Test
  void refusesOfficeDocumentsWithMacrosAndSaysHowToSendThem() throws IOException {
    Refused docm = (Refused) typeOf("plan.docx", aWordDocumentWithMacros());
    Refused xls = (Refused) typeOf("begroting.xls", aLegacySpreadsheetWithMacros());

    assertThat(docm.explanation().key()).isEqualTo("document.macros");
    assertThat(xls.explanation().key()).isEqualTo("document.macros");
    assertThat(MessageRenderer.dutch(docm.explanation()))
        .startsWith("Kantoordocumenten met macro's neemt MaakMatch niet aan.");
  }

  @Test
  void acceptsAnOpenDocumentTextByItsMimetypeEntry() throws IOException {
    assertThat(typeOf("plan.odt", anOpenDocumentText())).isEqualTo(new Accepted(DocumentTypes.ODT));
  }

  @Test
  void acceptsLegacyOfficeFilesByTheStreamsInTheirDirectory() throws IOException {
    assertThat(typeOf("plan.doc", aLegacyWordFile())).isEqualTo(new Accepted(DocumentTypes.DOC));
    assertThat(typeOf("begroting.xls", aLegacySpreadsheet()))
        .isEqualTo(new Accepted(DocumentTypes.XLS));
  }

  @Test
  void refusesAnInstallerPackageThatSharesTheLegacyOfficeSignature() throws IOException {
    assertThat(typeOf("plan.doc", anInstallerPackage())).isInstanceOf(Refused.class);
  }

  @Test
  void refusesACompoundFileWhoseDirectoryIsMissing() throws IOException {
    assertThat(typeOf("plan.doc", aTruncatedCompoundFile())).isInstanceOf(Refused.class);
  }

  private DocumentType typeOf(String name, byte[] bytes) throws IOException {
    Path file = uploads.resolve(name);
    Files.write(file, bytes);
    return DocumentTypes.of(file);
  }
}
