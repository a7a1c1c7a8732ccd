package nl.maakmatch.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void namesAnAsciiFileTheSameWayTwice() {
    assertThat(ContentDisposition.attachment("offerte-2026.pdf"))
        .isEqualTo("attachment; filename=\"offerte-2026.pdf\"; filename*=UTF-8''offerte-2026.pdf");
  }

  @Test
  void encodesAccentsAndSpacesInUtf8AndReplacesThemInTheAsciiName() {
    assertThat(ContentDisposition.attachment("Begroting café 2026.xlsx"))
        .isEqualTo(
            "attachment; filename=\"Begroting caf_ 2026.xlsx\";"
                + " filename*=UTF-8''Begroting%20caf%C3%A9%202026.xlsx");
  }

  @Test
  void cannotBeEndedEarlyByAQuoteOrABackslashInTheName() {
    String header = ContentDisposition.attachment("a\"; filename=evil.exe\\.pdf");

    assertThat(header)
        .startsWith("attachment; filename=\"a_; filename=evil.exe_.pdf\";")
        .endsWith("filename*=UTF-8''a%22%3B%20filename%3Devil.exe%5C.pdf");
  }

  @Test
  void encodesAPercentSoItIsNotReadAsAnEscape() {
    assertThat(ContentDisposition.attachment("100%.pdf"))
        .isEqualTo("attachment; filename=\"100_.pdf\"; filename*=UTF-8''100%25.pdf");
  }
}
