package nl.maakmatch.api.document;

import static nl.maakmatch.api.Languages.DUTCH;
import static nl.maakmatch.api.Languages.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.api.problem.Problem;
import nl.maakmatch.api.problem.Problem.FieldError;
import nl.maakmatch.api.problem.ProblemTypes;
import nl.maakmatch.domain.document.DocumentMessages;
import nl.maakmatch.domain.document.DocumentRefused;
import org.junit.jupiter.api.Test;

class DocumentRefusedMapperTest {

  @Test
  void answersAnEmptyFileWith400AndTheFieldsReason() {
    Problem problem = DocumentRefusedMapper.problemOf(DocumentRefused.empty(), ENGLISH);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo(ProblemTypes.VALIDATION);
    assertThat(problem.detail()).isEqualTo("The file is empty. Nothing was stored.");
    assertThat(problem.errors())
        .containsExactly(new FieldError("file", "is empty: choose the file again"));
  }

  @Test
  void answersAFileOverTheLimitWith413NamingTheLimit() {
    Problem problem = DocumentRefusedMapper.problemOf(DocumentRefused.tooLarge(20_971_520), DUTCH);

    assertThat(problem.status()).isEqualTo(413);
    assertThat(problem.type()).isEqualTo(ProblemTypes.TOO_LARGE);
    assertThat(problem.detail())
        .isEqualTo("Het bestand is groter dan de toegestane 20 MB. Er is niets opgeslagen.");
    assertThat(problem.errors())
        .containsExactly(new FieldError("file", "mag hoogstens 20 MB groot zijn"));
  }

  @Test
  void answersAFileOfAnotherTypeWith415SayingWhatIsAccepted() {
    DocumentRefused refused =
        DocumentRefused.unsupported(
            DocumentMessages.TEXT.get("document.unsupportedType", "application/x-msdownload"));

    Problem problem = DocumentRefusedMapper.problemOf(refused, ENGLISH);

    assertThat(problem.status()).isEqualTo(415);
    assertThat(problem.type()).isEqualTo(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
    assertThat(problem.detail()).contains("By its contents this file is application/x-msdownload");
    assertThat(problem.errors())
        .containsExactly(
            new FieldError(
                "file", "must be a PDF file, an image or an office document by its contents"));
  }
}
