package nl.maakmatch.web.errors;

import static nl.maakmatch.web.errors.RequestBodyLimit.isDocumentUpload;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  private static final String DOCUMENTS =
      "/api/v1/firms/5b0e8a52-0000-4000-8000-000000000001/plans/"
          + "5b0e8a52-0000-4000-8000-000000000002/documents";
  private static final String FORM = "multipart/form-data; boundary=----maakmatch";

  @Test
  void givesAFormPostedToAPlansDocumentsTheDocumentsLimit() {
    assertThat(isDocumentUpload("POST", DOCUMENTS, FORM)).isTrue();
    assertThat(isDocumentUpload("POST", DOCUMENTS + "/", "Multipart/Form-Data; boundary=x"))
        .isTrue();
  }

  @Test
  void keepsTheJsonLimitForEverythingElse() {
    assertThat(isDocumentUpload("POST", DOCUMENTS, "application/json")).isFalse();
    assertThat(isDocumentUpload("POST", DOCUMENTS, null)).isFalse();
    assertThat(isDocumentUpload("PUT", DOCUMENTS, FORM)).isFalse();
    assertThat(isDocumentUpload("POST", DOCUMENTS + "/some-id", FORM)).isFalse();
    assertThat(isDocumentUpload("POST", "/api/v1/firms/x/plans/y/comments", FORM)).isFalse();
    assertThat(isDocumentUpload("POST", "/api/v1/firms/x/documents", FORM)).isFalse();
  }
}
