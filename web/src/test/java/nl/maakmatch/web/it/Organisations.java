package nl.maakmatch.web.it;

import java.util.Map;

/** Registers the financier organisations a test shares plans with. */
final class Organisations {

  private Organisations() {}

  /** Registers a bank with this code unless it exists; returns the code. */
  static String ensureBank(Http admin, String code) {
    int status =
        admin
            .postJson(
                "api/v1/organisations",
                Map.of("code", code, "name", "Bank " + code, "kind", "BANK"))
            .status();
    if (status != 201 && status != 409) {
      throw new IllegalStateException("could not register organisation " + code + ": " + status);
    }
    return code;
  }
}
