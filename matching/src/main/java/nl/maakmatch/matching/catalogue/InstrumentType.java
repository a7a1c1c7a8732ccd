package nl.maakmatch.matching.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reference catalogue's {@code type_values}: what kind of money or relief an instrument is. */
public enum InstrumentType {
  GUARANTEE,
  LOAN,
  SUBORDINATED_LOAN,
  CONVERTIBLE_LOAN,
  EQUITY,
  GRANT,
  TAX_CREDIT,
  OPERATING_SUBSIDY,
  INDIRECT_VIA_FUND;

  /** The spelling in the YAML file, e.g. {@code indirect_via_fund}. */
  public String yamlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the investor may take shares or voting rights, which is what Wet Vifo screens
   * (docs/rules/wet-vifo.md): equity, a loan that converts into shares, or a fund that invests.
   */
  public boolean mayTakeEquityStake() {
    return this == EQUITY || this == CONVERTIBLE_LOAN || this == INDIRECT_VIA_FUND;
  }

  public static Optional<InstrumentType> fromYaml(String value) {
    return Arrays.stream(values()).filter(t -> t.yamlValue().equals(value)).findFirst();
  }
}
