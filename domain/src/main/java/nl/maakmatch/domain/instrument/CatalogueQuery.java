package nl.maakmatch.domain.instrument;

import java.util.Objects;
import java.util.Optional;
import nl.maakmatch.matching.catalogue.MatchingTerms;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.Purpose;

/**
 * What a search of the catalogue asks for; an empty filter admits every instrument. Province, size
 * class and purpose are asked of the instrument's matching terms: an instrument without regional or
 * size limits admits every province or size class.
 *
 * @param type a type as the catalogue file writes it ({@code loan}, {@code guarantee}, …)
 */
public record CatalogueQuery(
    Optional<InstrumentStatus> status,
    Optional<String> type,
    Optional<Province> province,
    Optional<SizeClass> sizeClass,
    Optional<Purpose> purpose) {

  public CatalogueQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(sizeClass, "sizeClass");
    Objects.requireNonNull(purpose, "purpose");
  }

  /** The whole catalogue. */
  public static CatalogueQuery everything() {
    return new CatalogueQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public CatalogueQuery withStatus(InstrumentStatus wanted) {
    return new CatalogueQuery(Optional.of(wanted), type, province, sizeClass, purpose);
  }

  public CatalogueQuery withType(String wanted) {
    return new CatalogueQuery(status, Optional.of(wanted), province, sizeClass, purpose);
  }

  public CatalogueQuery inProvince(Province wanted) {
    return new CatalogueQuery(status, type, Optional.of(wanted), sizeClass, purpose);
  }

  public CatalogueQuery forSizeClass(SizeClass wanted) {
    return new CatalogueQuery(status, type, province, Optional.of(wanted), purpose);
  }

  public CatalogueQuery forPurpose(Purpose wanted) {
    return new CatalogueQuery(status, type, province, sizeClass, Optional.of(wanted));
  }

  /**
   * Whether the instrument fits. One whose terms the engine could not read ({@code scope} empty)
   * fits only a query that asks nothing of its terms, rather than being guessed at.
   */
  boolean admits(ListedInstrument instrument, Optional<MatchingTerms.Scope> scope) {
    return status.map(s -> s == instrument.status()).orElse(true)
        && type.map(t -> instrument.types().contains(t)).orElse(true)
        && scope.map(this::admitsScope).orElseGet(this::asksNothingOfTerms);
  }

  private boolean admitsScope(MatchingTerms.Scope scope) {
    return province
            .map(p -> scope.provinces().isEmpty() || scope.provinces().contains(p))
            .orElse(true)
        && sizeClass.map(s -> scope.sizes().isEmpty() || scope.sizes().contains(s)).orElse(true)
        && purpose.map(p -> scope.purposes().contains(p)).orElse(true);
  }

  private boolean asksNothingOfTerms() {
    return province.isEmpty() && sizeClass.isEmpty() && purpose.isEmpty();
  }
}
