package nl.maakmatch.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, versioned in its paths ({@code /api/v1/...}). Callers authenticate with a bearer
 * token from the MaakMatch Keycloak realm (MicroProfile JWT); the catalogue and the match preview
 * are open to anyone.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "maakmatch")
@DeclareRoles({"firm", "adviser", "financier", "admin"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "MaakMatch API",
            version = "v1",
            description =
                "Financing matchmaking for Dutch MKB manufacturers: the instrument catalogue,"
                    + " eligibility with reasons, and financing stacks within state-aid rules."))
public class MaakMatchApi extends Application {

  /**
   * Jackson instead of Payara's JSON-B: request and response types are records, which the bundled
   * JSON-B implementation cannot bind.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.jsonFeature", "JacksonFeature");
  }
}
