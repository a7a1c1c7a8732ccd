package nl.maakmatch.matching.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.PartKind;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-curated matching-terms.yaml checked against the reference entries it was derived from,
 * so a later edit of either file cannot silently drift from the facts.
 */
class ShippedTermsTest {

  private final Catalogue catalogue = TestCatalogue.shipped();

  @Test
  void curatesTermsForExactlyTheCatalogueIds() {
    Map<String, Object> terms = termsBlocks();

    assertThat(terms.keySet())
        .containsExactlyInAnyOrderElementsOf(
            catalogue.instruments().stream().map(Instrument::id).toList());
  }

  /** Issue #11: whether a stack may count on an instrument is a curated, sourced fact. */
  @Test
  @SuppressWarnings("unchecked")
  void everyCuratedInstrumentStatesHowItIsAwarded() {
    termsBlocks()
        .forEach(
            (id, block) ->
                assertThat(((Map<String, Object>) block).get("award")).as(id).isNotNull());
    assertThat(catalogue.instrument("eic_accelerator").orElseThrow().terms().stackRules().award())
        .isEqualTo(AwardBasis.COMPETITIVE);
    assertThat(catalogue.instrument("veki").orElseThrow().terms().stackRules().award())
        .isEqualTo(AwardBasis.FIRST_COME);
    assertThat(catalogue.instrument("eia").orElseThrow().terms().stackRules().award())
        .isEqualTo(AwardBasis.ENTITLEMENT);
  }

  /** Issue #11: a guarantee is priced from a source or marked so it is not chosen on a guess. */
  @Test
  void everyGuaranteeIsPricedFromASourceOrMarkedAnEstimate() {
    for (Instrument instrument : catalogue.instruments()) {
      MatchingTerms terms = instrument.terms();
      if (terms.part() == PartKind.GUARANTEE && terms.pricing().costRate() == null) {
        assertThat(terms.pricing().priceIsEstimate()).as(instrument.id()).isTrue();
      }
    }
    assertThat(
            catalogue
                .instrument("eif_investeu_bank_guarantees")
                .orElseThrow()
                .terms()
                .pricing()
                .priceIsEstimate())
        .isTrue();
  }

  @Test
  void neverServesFewerSizesThanTheReferenceNames() {
    for (Instrument instrument : catalogue.instruments()) {
      Set<SizeClass> reference = EnumSet.noneOf(SizeClass.class);
      for (Object size : (List<?>) eligibility(instrument).get("size")) {
        reference.add(SizeClass.valueOf(size.toString().toUpperCase(Locale.ROOT)));
      }
      assertThat(instrument.terms().scope().sizes()).as(instrument.id()).containsAll(reference);
    }
  }

  @Test
  void financesExactlyWhatTheReferenceFinancesTagsSay() {
    for (Instrument instrument : catalogue.instruments()) {
      Set<Purpose> mapped = EnumSet.noneOf(Purpose.class);
      for (Object tag : (List<?>) instrument.raw().get("finances")) {
        mapped.addAll(Purpose.fromFinancesTag(tag.toString()).orElseThrow());
      }
      if (instrument.id().equals("bmkb")) {
        // de minimis aid: Reg. (EU) 2023/2831 does not apply to export-related aid
        mapped.remove(Purpose.EXPORT);
      }
      assertThat(instrument.terms().scope().purposes()).as(instrument.id()).isEqualTo(mapped);
    }
  }

  @Test
  void everyCuratedAmountIsANumberTheReferenceEntryStates() {
    for (Instrument instrument : catalogue.instruments()) {
      Set<Long> stated = statedAmounts(instrument);
      var amounts = instrument.terms().amounts();
      Set<Long> curated = new HashSet<>();
      addIfPresent(curated, amounts.partMin());
      addIfPresent(curated, amounts.partMax().anySize());
      curated.addAll(amounts.partMax().perSize().values());
      addIfPresent(curated, amounts.needMin());
      addIfPresent(curated, amounts.investmentMin());
      addIfPresent(curated, amounts.investmentMax());
      amounts.investmentByYear().forEach(w -> curated.addAll(List.of(w.minEur(), w.maxEur())));
      if (instrument.id().startsWith("qredits")) {
        // "total credit need (Qredits + bank, excl. mortgage) <= 500k" is in the prose
        curated.remove(500_000L);
      }
      assertThat(stated).as(instrument.id()).containsAll(curated);
    }
  }

  @Test
  void closesRdmAndTheNationaalGroeifondsAndMarksTheFourProposalsAsProposed() {
    assertThat(status("rdm")).isEqualTo(InstrumentStatus.CLOSED);
    assertThat(status("nationaal_groeifonds")).isEqualTo(InstrumentStatus.CLOSED);
    for (Instrument instrument : catalogue.instruments()) {
      boolean proposal = instrument.confidence() == Confidence.PROPOSED;
      assertThat(instrument.status() == InstrumentStatus.PROPOSED)
          .as(instrument.id())
          .isEqualTo(proposal);
      assertThat(instrument.id().endsWith("_proposed")).as(instrument.id()).isEqualTo(proposal);
    }
  }

  @Test
  void placesEveryRomInItsOwnProvinces() {
    assertThat(provinces("rom_bom")).containsExactly(Province.NB);
    assertThat(provinces("rom_liof")).containsExactly(Province.LI);
    assertThat(provinces("rom_oost_nl")).containsExactlyInAnyOrder(Province.GE, Province.OV);
    assertThat(provinces("rom_nom"))
        .containsExactlyInAnyOrder(Province.GR, Province.FR, Province.DR);
    assertThat(provinces("rom_innovationquarter")).containsExactly(Province.ZH);
    assertThat(provinces("rom_utrecht_region")).containsExactly(Province.UT);
    assertThat(provinces("rom_horizon_flevoland")).containsExactly(Province.FL);
    assertThat(provinces("rom_impuls_zeeland")).containsExactly(Province.ZE);
    assertThat(provinces("rom_inwest")).containsExactly(Province.NH);
    for (Province province : Province.values()) {
      assertThat(catalogue.romsServing(province)).as(province.name()).hasSize(1);
    }
  }

  @Test
  void coversTheShareOfTheBankLoanTheReferenceGivesForEachStateGuarantee() {
    assertThat(cover("bmkb")).isEqualTo(0.45); // 90% of a BSK of 50%
    assertThat(cover("bmkb_groen")).isEqualTo(0.675); // 90% of a BSK of 75%
    assertThat(cover("go")).isEqualTo(0.5);
    catalogue.instruments().stream()
        .filter(i -> i.terms().part() == PartKind.GUARANTEE)
        .forEach(
            i -> assertThat(i.terms().amounts().coverShareOfBankLoan()).as(i.id()).isNotNull());
  }

  @Test
  void countsOnlyTheInstrumentsTheReferenceCallsDeMinimisAgainstTheDeMinimisCeiling() {
    for (Instrument instrument : catalogue.instruments()) {
      if (instrument.status() == InstrumentStatus.PROPOSED) {
        continue;
      }
      boolean deMinimisText =
          instrument
              .raw()
              .get("state_aid_basis")
              .toString()
              .toLowerCase(Locale.ROOT)
              .contains("de minimis");
      assertThat(instrument.terms().pricing().aidBasis() == AidBasis.DE_MINIMIS)
          .as(instrument.id())
          .isEqualTo(deMinimisText);
    }
  }

  @Test
  void investNlTakesAtLeastFiveMillionAndAtMostHalfTheNeed() {
    var amounts = TestCatalogue.instrument("invest_nl").terms().amounts();

    assertThat(amounts.partMin()).isEqualTo(5_000_000L);
    assertThat(amounts.maxShareOfNeed()).isEqualTo(0.5);
    assertThat(amounts.belowMinimumViaRom()).isTrue();
  }

  private InstrumentStatus status(String id) {
    return TestCatalogue.instrument(id).status();
  }

  private Set<Province> provinces(String id) {
    return TestCatalogue.instrument(id).terms().scope().provinces();
  }

  private Double cover(String id) {
    return TestCatalogue.instrument(id).terms().amounts().coverShareOfBankLoan();
  }

  private static Map<?, ?> eligibility(Instrument instrument) {
    return (Map<?, ?>) instrument.raw().get("eligibility");
  }

  /** Every whole number in the entry's amount block, including those written in prose. */
  private static Set<Long> statedAmounts(Instrument instrument) {
    Set<Long> numbers = new HashSet<>();
    Object amount = instrument.raw().get("amount");
    if (amount instanceof Map<?, ?> map) {
      for (Object value : map.values()) {
        if (value instanceof Number n) {
          numbers.add(n.longValue());
        } else {
          Matcher digits = Pattern.compile("\\d{1,3}(,\\d{3})+").matcher(value.toString());
          while (digits.find()) {
            numbers.add(Long.parseLong(digits.group().replace(",", "")));
          }
        }
      }
    }
    return numbers;
  }

  private static void addIfPresent(Set<Long> set, Long value) {
    if (value != null) {
      set.add(value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> termsBlocks() {
    try (InputStream in =
        ShippedTermsTest.class.getResourceAsStream(CatalogueReader.SHIPPED_TERMS)) {
      Map<String, Object> root = new Yaml().load(in);
      return (Map<String, Object>) root.get("terms");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
