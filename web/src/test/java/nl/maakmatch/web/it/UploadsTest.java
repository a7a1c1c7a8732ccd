package nl.maakmatch.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-built form is what RFC 7578 says a browser sends (checked without a platform). */
class UploadsTest {

  @Test
  void buildsAFormWithTheKindAndTheFileBetweenBoundaries() {
    byte[] form = Uploads.form("b", "offerte.pdf", "application/pdf", new byte[] {1, 2}, "QUOTE");

    assertThat(new String(form, StandardCharsets.ISO_8859_1))
        .isEqualTo(
            "--b\r\n"
                + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
                + "QUOTE\r\n"
                + "--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"offerte.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "\u0001\u0002\r\n"
                + "--b--\r\n");
  }

  @Test
  void escapesAQuoteInTheFileNameSoItCannotEndTheHeaderValue() {
    byte[] form = Uploads.form("b", "a\".pdf", "application/pdf", new byte[0], null);

    assertThat(new String(form, StandardCharsets.UTF_8)).contains("filename=\"a%22.pdf\"");
  }

  @Test
  void makesAPdfOfExactlyTheSizeAsked() {
    byte[] pdf = Uploads.aPdfOfSize(21 * 1024 * 1024);

    assertThat(pdf).hasSize(21 * 1024 * 1024);
    assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
  }
}
