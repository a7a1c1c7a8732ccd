package nl.maakmatch.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bundles keyed by data (sector names by SBI prefix, names of terms fields) are not checked key
 * by key against the code, as their keys come from the catalogue; both languages must still name
 * the same keys.
 */
class DataKeyedBundlesTest {

  private static final List<String> BUNDLES =
      List.of("/nl/maakmatch/matching/eligibility/sectors", "/nl/maakmatch/matching/scoring/terms");

  @Test
  void nameTheSameKeysInEveryLanguage() throws IOException {
    for (String bundle : BUNDLES) {
      Properties dutch = load(bundle + ".properties");
      Properties english = load(bundle + "_en.properties");
      assertThat(english.stringPropertyNames())
          .as("keys of %s and its _en file", bundle)
          .isEqualTo(dutch.stringPropertyNames())
          .isNotEmpty();
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(DataKeyedBundlesTest.class.getResourceAsStream(resource)),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
