package nl.maakmatch.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void takesAnAddressAndTheLanguageOfALocaleClaim() {
    Contact contact =
        Contact.fromClaims(Optional.of(" eva@maakmatch.example "), Optional.of("en-GB"));

    assertThat(contact.email()).contains("eva@maakmatch.example");
    assertThat(contact.language()).contains(Locale.ENGLISH);
    assertThat(Contact.fromClaims(Optional.empty(), Optional.of("nl_NL")).language())
        .contains(Locale.forLanguageTag("nl"));
  }

  @Test
  void dropsAnAddressThatCouldSmuggleAMailHeaderOrDoesNotFitItsColumn() {
    assertThat(Contact.of("eva@maakmatch.example\r\nBcc: all@example.org", null).email()).isEmpty();
    assertThat(Contact.of("eva maakmatch.example", null).email()).isEmpty();
    assertThat(Contact.of("e".repeat(310) + "@example.org", null).email()).isEmpty();
  }

  @Test
  void dropsALanguageTagThatNamesNoLanguage() {
    assertThat(Contact.fromClaims(Optional.empty(), Optional.of("")).language()).isEmpty();
    assertThat(Contact.fromClaims(Optional.empty(), Optional.of("x-private")).language()).isEmpty();
    assertThat(Contact.fromClaims(Optional.empty(), Optional.of("123")).language()).isEmpty();
  }
}
