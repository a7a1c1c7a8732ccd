package nl.maakmatch.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentFileNameTest {

  @Test
  void keepsTheNameAsSent() {
    assertThat(DocumentFileName.of("Offerte freesmachine 2026.pdf").value())
        .isEqualTo("Offerte freesmachine 2026.pdf");
  }

  @Test
  void keepsOnlyTheLastPartOfAPath() {
    assertThat(DocumentFileName.of("C:\\fakepath\\jaarrekening.pdf").value())
        .isEqualTo("jaarrekening.pdf");
    assertThat(DocumentFileName.of("../../etc/passwd").value()).isEqualTo("passwd");
  }

  @Test
  void removesTheRightToLeftOverrideThatDisguisesAProgramAsAPdf() {
    // shown as "offerte_exe.pdf" by a browser that honours the override
    assertThat(DocumentFileName.of("offerte_\u202Efdp.exe").value()).isEqualTo("offerte_fdp.exe");
  }

  @Test
  void removesControlCharactersThatCouldSplitAHeader() {
    assertThat(DocumentFileName.of("plan\r\nSet-Cookie: x.pdf").value())
        .isEqualTo("planSet-Cookie: x.pdf");
  }

  @Test
  void namesANamelessFileDocument() {
    assertThat(DocumentFileName.of(null).value()).isEqualTo("document");
    assertThat(DocumentFileName.of("  ").value()).isEqualTo("document");
    assertThat(DocumentFileName.of("..").value()).isEqualTo("document");
  }

  @Test
  void shortensALongNameToTheColumnKeepingTheExtension() {
    DocumentFileName name = DocumentFileName.of("a".repeat(300) + ".xlsx");

    assertThat(name.value()).hasSize(DocumentFileName.MAX_LENGTH).endsWith("a.xlsx");
  }

  @Test
  void composesAccentsIntoOneCharacter() {
    assertThat(DocumentFileName.of("be\u0301groting.pdf").value()).isEqualTo("b\u00e9groting.pdf");
  }

  @Test
  void refusesAnUnsanitisedValueReadBack() {
    assertThatThrownBy(() -> new DocumentFileName("a/b.pdf"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DocumentFileName(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
