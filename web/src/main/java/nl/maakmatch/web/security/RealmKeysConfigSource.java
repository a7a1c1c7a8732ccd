package nl.maakmatch.web.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points Payara's token check at the kept copy of the realm's keys ({@link RealmKeys}) once there
 * is one, above every other source; until then it says nothing, and the configured location (the
 * realm's own key endpoint) is used as configured.
 */
public class RealmKeysConfigSource implements ConfigSource {

  static final String LOCATION = "mp.jwt.verify.publickey.location";

  @Override
  public Set<String> getPropertyNames() {
    return RealmKeys.mirrored().isPresent() ? Set.of(LOCATION) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    return RealmKeys.mirrored()
        .map(file -> Map.of(LOCATION, file.toUri().toString()))
        .orElse(Map.of());
  }

  @Override
  public String getValue(String propertyName) {
    return LOCATION.equals(propertyName)
        ? RealmKeys.mirrored().map(file -> file.toUri().toString()).orElse(null)
        : null;
  }

  @Override
  public String getName() {
    return "maakmatch-realm-keys";
  }

  @Override
  public int getOrdinal() {
    return 1000;
  }
}
