package nl.maakmatch.domain.instrument;

import static nl.maakmatch.domain.instrument.CatalogueFixtures.theShippedCatalogue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maakmatch.domain.PageRequest;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.Purpose;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

  private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

  @Test
  void listsTheWholeCatalogueInOrderOfIdWithSources() {
    CataloguePage page = search(CatalogueQuery.everything(), ALL);

    assertThat(page.total()).isEqualTo(39);
    List<String> ids = ids(page);
    assertThat(ids).isSorted().contains("bmkb", "go", "rdm", "wbio_proposed");
    assertThat(page.items()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty());
  }

  @Test
  void findsOnlyAvailableInstrumentsWhenAskedForThem() {
    CataloguePage page =
        search(CatalogueQuery.everything().withStatus(InstrumentStatus.AVAILABLE), ALL);

    assertThat(page.items())
        .allSatisfy(i -> assertThat(i.status()).isEqualTo(InstrumentStatus.AVAILABLE));
    assertThat(ids(page)).doesNotContain("rdm", "wbio_proposed");
  }

  @Test
  void findsInstrumentsOfLimburgIncludingNationalOnesButNotOtherRegionsFunds() {
    List<String> limburg = ids(search(CatalogueQuery.everything().inProvince(Province.LI), ALL));

    assertThat(limburg).contains("rom_liof", "bmkb").doesNotContain("rom_bom");
  }

  @Test
  void findsInstrumentsForLargeFirmsOnlyWhereTheyAreNotLimitedToSmes() {
    List<String> large =
        ids(search(CatalogueQuery.everything().forSizeClass(SizeClass.LARGE), ALL));

    assertThat(large).contains("go").doesNotContain("bmkb");
  }

  @Test
  void findsInstrumentsByPurposeAndType() {
    CataloguePage machineryLoans =
        search(CatalogueQuery.everything().forPurpose(Purpose.MACHINERY).withType("loan"), ALL);

    assertThat(machineryLoans.items())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.types()).contains("loan"));
    assertThat(machineryLoans.total()).isLessThan(39);
  }

  @Test
  void listsAnInstrumentWhoseTermsCannotBeReadOnlyWhenNoTermIsAskedFor() {
    List<CatalogueSearch.Candidate> catalogue = new ArrayList<>(theShippedCatalogue());
    CatalogueSearch.Candidate bmkb =
        catalogue.stream().filter(c -> c.listing().id().equals("bmkb")).findFirst().orElseThrow();
    catalogue.remove(bmkb);
    catalogue.add(new CatalogueSearch.Candidate(bmkb.listing(), Optional.empty()));

    assertThat(ids(CatalogueSearch.search(catalogue, CatalogueQuery.everything(), ALL)))
        .contains("bmkb");
    assertThat(
            ids(
                CatalogueSearch.search(
                    catalogue, CatalogueQuery.everything().inProvince(Province.NB), ALL)))
        .doesNotContain("bmkb");
  }

  @Test
  void pagesCountEveryMatchAndEndWithAShortPage() {
    CataloguePage first = search(CatalogueQuery.everything(), new PageRequest(0, 10));
    CataloguePage last = search(CatalogueQuery.everything(), new PageRequest(3, 10));
    CataloguePage beyond = search(CatalogueQuery.everything(), new PageRequest(4, 10));

    assertThat(first.items()).hasSize(10);
    assertThat(first.total()).isEqualTo(39);
    assertThat(last.items()).hasSize(9);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(39);
  }

  private static CataloguePage search(CatalogueQuery query, PageRequest page) {
    return CatalogueSearch.search(theShippedCatalogue(), query, page);
  }

  private static List<String> ids(CataloguePage page) {
    return page.items().stream().map(ListedInstrument::id).toList();
  }
}
