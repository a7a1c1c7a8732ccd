package nl.maakmatch.matching.firm;

import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import nl.maakmatch.matching.text.Label;
import org.junit.jupiter.api.Test;

class ProvinceTest {

  @Test
  void hasTheTwelveProvincesWithTheirNames() {
    assertThat(Province.values()).hasSize(12);
    assertThat(dutch(Label.of(Province.NB))).isEqualTo("Noord-Brabant");
    assertThat(english(Label.of(Province.NB))).isEqualTo("North Brabant");
    assertThat(dutch(Label.of(Province.FR))).isEqualTo("Fryslân");
    assertThat(Province.fromCode("li")).contains(Province.LI);
    assertThat(Province.fromCode("XX")).isEmpty();
  }

  @Test
  void findsAProvinceNamedInFreeText() {
    assertThat(Province.LI.isNamedIn("physically and actively established in Limburg")).isTrue();
    assertThat(Province.FR.isNamedIn("Groningen, Fryslan, Drenthe")).isTrue();
    assertThat(Province.NH.isNamedIn("Noord-Holland / Metropoolregio Amsterdam")).isTrue();
    assertThat(Province.ZH.isNamedIn("Noord-Holland / Metropoolregio Amsterdam")).isFalse();
  }
}
