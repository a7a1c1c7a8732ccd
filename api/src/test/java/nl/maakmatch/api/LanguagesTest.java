package nl.maakmatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void answersInTheFirstLanguageItHasTextsForAndDutchOtherwise() {
    assertThat(Languages.of("en-GB,en;q=0.9")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of("fr, en;q=0.5")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of("nl-BE")).isEqualTo(Languages.DUTCH);
    // no German texts (yet): adding titles_de and the other bundles' _de files makes it German
    assertThat(Languages.of("de")).isEqualTo(Languages.DUTCH);
    assertThat(Languages.of((String) null)).isEqualTo(Languages.DUTCH);
    assertThat(Languages.of("not a language header;;;")).isEqualTo(Languages.DUTCH);
  }
}
