package nl.maakmatch.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceTest {

  @Test
  void hasTheTwelveProvincesWithTheirDutchNames() {
    assertThat(Province.values()).hasSize(12);
    assertThat(Province.NB.dutchName()).isEqualTo("Noord-Brabant");
    assertThat(Province.FR.dutchName()).isEqualTo("Fryslân");
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
