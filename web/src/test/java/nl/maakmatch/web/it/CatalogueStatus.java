package nl.maakmatch.web.it;

import java.net.http.HttpRequest;
import java.util.Map;

/** An administrator closes or reopens an instrument, sending the version it read (If-Match). */
final class CatalogueStatus {

  private CatalogueStatus() {}

  static Http.Reply close(Http admin, String instrument, String reason) {
    return change(admin, instrument, "close", reason);
  }

  static Http.Reply reopen(Http admin, String instrument, String reason) {
    return change(admin, instrument, "reopen", reason);
  }

  private static Http.Reply change(Http admin, String instrument, String step, String reason) {
    Http.Reply current = admin.get("api/v1/instruments/" + instrument);
    return admin.send(
        admin
            .request("api/v1/instruments/" + instrument + "/" + step)
            .header("Content-Type", "application/json")
            .header("If-Match", current.header("ETag"))
            .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of("reason", reason)))));
  }
}
