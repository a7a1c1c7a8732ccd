package nl.maakmatch.web.it;

import java.net.URL;
import nl.maakmatch.client.ApiClient;

/**
 * The Java client generated at build time from the API description (the copy PlatformIT holds equal
 * to {@code /openapi}), pointed at the deployed application as a financier's developer would point
 * it.
 */
final class GeneratedClient {

  private GeneratedClient() {}

  static ApiClient anonymous(URL deployed) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(
        deployed.getProtocol() + "://" + deployed.getHost() + ":" + deployed.getPort());
    return client;
  }

  static ApiClient withToken(URL deployed, String token) {
    ApiClient client = anonymous(deployed);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }
}
