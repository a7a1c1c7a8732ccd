package nl.maakmatch.domain.firm;

import java.util.Objects;

/** A Kamer van Koophandel registration number: exactly eight digits. */
public record KvkNumber(String value) {

  public KvkNumber {
    Objects.requireNonNull(value, "value");
    if (!value.matches("\\d{8}")) {
      throw new IllegalArgumentException("a KVK number has exactly 8 digits, was '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
