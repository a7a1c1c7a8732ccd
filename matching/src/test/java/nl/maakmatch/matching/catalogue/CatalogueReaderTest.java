package nl.maakmatch.matching.catalogue;

import static nl.maakmatch.matching.fixtures.Sentences.dutch;
import static nl.maakmatch.matching.fixtures.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.maakmatch.matching.catalogue.MatchingTerms.TermsOrigin;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.PartKind;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

  private static final List<String> ALL_IDS =
      List.of(
          "bmkb",
          "bmkb_groen",
          "go",
          "groeifaciliteit",
          "eif_investeu_bank_guarantees",
          "eib_intermediated_sme_loans",
          "qredits_microkrediet",
          "qredits_mkb_krediet",
          "innovatiekrediet",
          "vff",
          "seed_capital",
          "dtif_invest_international",
          "rom_bom",
          "rom_liof",
          "rom_oost_nl",
          "rom_nom",
          "rom_innovationquarter",
          "rom_utrecht_region",
          "rom_horizon_flevoland",
          "rom_impuls_zeeland",
          "rom_inwest",
          "invest_nl",
          "nationaal_groeifonds",
          "eic_accelerator",
          "mit_haalbaarheid",
          "mit_rd_samenwerking",
          "veki",
          "dei_plus",
          "sde_plus_plus",
          "rdm",
          "wbso",
          "eia",
          "mia_vamil",
          "kia",
          "ipcei",
          "wbio_proposed",
          "mkb_bank_maakindustrie_proposed",
          "family_investor_loan_proposed",
          "regional_vestigingsfonds_proposed");

  private final CatalogueReader reader = CatalogueReader.withShippedTerms();

  @Test
  void readsAllThirtyNineShippedInstrumentsWithCuratedTerms() throws IOException {
    CatalogueReading reading = reader.read(shippedCatalogue());

    assertThat(reading.report().isClean()).as("%s", reading.report()).isTrue();
    assertThat(reading.report().warnings()).isEmpty();
    // the reference's 38 and IPCEI from the seed note
    assertThat(reading.report().entriesRead()).isEqualTo(39);
    assertThat(reading.catalogue().instruments())
        .extracting(Instrument::id)
        .containsExactlyElementsOf(ALL_IDS);
    assertThat(reading.catalogue().instruments())
        .allSatisfy(i -> assertThat(i.terms().origin()).isEqualTo(TermsOrigin.CURATED));
  }

  @Test
  void keepsTheRawEntrySoTheDomainCanStoreEveryField() {
    Instrument bmkb = CatalogueReader.shipped().instrument("bmkb").orElseThrow();

    assertThat(bmkb.raw())
        .containsKeys(
            "operator",
            "type",
            "amount",
            "share_or_guarantee_pct",
            "term",
            "cost",
            "state_aid_basis",
            "combinable",
            "application_window",
            "source",
            "confidence");
    assertThat(bmkb.operator()).startsWith("Ministerie van Economische Zaken via RVO");
    @SuppressWarnings("unchecked")
    Map<String, Object> amount = (Map<String, Object>) bmkb.raw().get("amount");
    assertThat(amount).containsEntry("max_guaranteed_credit_eur", 1500000);
  }

  @Test
  void versionsTheCatalogueByItsCompilationDateAndContent() throws IOException {
    String shipped = new String(shippedCatalogue().readAllBytes(), StandardCharsets.UTF_8);

    String once = reader.read(shipped).catalogue().version();
    String again = reader.read(shipped).catalogue().version();
    String changed =
        reader.read(shipped.replace("max_eur: 50000", "max_eur: 60000")).catalogue().version();

    assertThat(once).startsWith("2026-11-30+").isEqualTo(again);
    assertThat(changed).startsWith("2026-11-30+").isNotEqualTo(once);
  }

  @Test
  void refusesAnAmountThatIsNoAmountSoATypoCannotDropALimit() {
    String yaml =
        """
        meta:
          compiled_on: "2026-12-01"
        instruments:
          - id: rom_liof
            name: "LIOF"
            type: [loan]
            finances: [machinery]
            confidence: confirmed
            amount:
              max_eur: "veel"
              min_eur: -5
          - id: rom_bom
            name: "BOM"
            type: [equity]
            finances: [product_innovation]
            confidence: estimate
            amount:
              max_eur: 5000000
              typical_ticket_eur: "100,000 - 5,000,000 (estimate)"
        """;

    CatalogueReading reading = reader.read(yaml);

    assertThat(reading.catalogue().instruments())
        .extracting(Instrument::id)
        .containsExactly("rom_bom");
    assertThat(english(reading.report().rejected().get(0).reasons()))
        .containsExactly(
            "instruments[0].amount.max_eur: 'veel' is not an amount in euros (a number, or text"
                + " naming one such as \"250,000 - 5,000,000 (estimate)\")",
            "instruments[0].amount.min_eur: -5 is negative; an amount is 0 or more");
  }

  @Test
  void rejectsMalformedEntriesWithEveryReasonAndKeepsTheRest() {
    String yaml =
        """
        meta:
          compiled_on: "2026-12-01"
        instruments:
          - name: "Fund without an id"
            type: [loan]
            finances: [machinery]
            confidence: confirmed
          - id: rom_liof
            name: "LIOF"
            type: [loan]
            eligibility:
              size: [micro, tiny]
            finances: [machinery]
            confidence: confirmed
          - id: rom_liof
            name: "LIOF again"
            type: [loan, shares]
            finances: [machinery, robots]
            confidence: sure
          - id: rom_bom
            name: "BOM"
            type: [equity]
            eligibility:
              size: [micro, small, medium]
              region: "Noord-Brabant"
            finances: [product_innovation]
            confidence: estimate
        """;

    CatalogueReading reading = reader.read(yaml);

    assertThat(reading.catalogue().instruments())
        .extracting(Instrument::id)
        .containsExactly("rom_bom");
    CatalogueReport report = reading.report();
    assertThat(report.entriesRead()).isEqualTo(4);
    assertThat(report.entriesAccepted()).isEqualTo(1);
    assertThat(report.rejected()).hasSize(3);

    RejectedEntry noId = report.rejected().get(0);
    assertThat(noId.position()).isZero();
    assertThat(noId.line()).isEqualTo(4);
    assertThat(english(noId.reasons())).containsExactly("instruments[0].id is missing");

    RejectedEntry unknownSize = report.rejected().get(1);
    assertThat(unknownSize.id()).isEqualTo("rom_liof");
    assertThat(english(unknownSize.reasons()))
        .containsExactly(
            "instruments[1].eligibility.size: unknown value 'tiny'; allowed: [micro, small, medium,"
                + " large]");

    RejectedEntry duplicate = report.rejected().get(2);
    assertThat(english(duplicate.reasons()))
        .contains(
            "id 'rom_liof' already used by instruments[1]",
            "instruments[2].finances: unknown value 'robots'; allowed: [machinery, buildings, rd,"
                + " process_innovation, product_innovation, feasibility, prototype_pilot,"
                + " demonstration, energy_climate, circular, working_capital, export,"
                + " foreign_investment, acquisition_buyout, growth_capital, scale_up]")
        .anySatisfy(r -> assertThat(r).startsWith("instruments[2].type: unknown value 'shares'"))
        .anySatisfy(
            r -> assertThat(r).startsWith("instruments[2].confidence: unknown value 'sure'"));
    assertThat(dutch(duplicate.reasons().get(0)))
        .isEqualTo("id 'rom_liof' komt al voor bij instruments[1]");
  }

  @Test
  void anEntrysOwnMatchingBlockOverridesTheShippedTermsKeyByKey() {
    String yaml =
        """
        instruments:
          - id: invest_nl
            name: "Invest-NL (direct financing)"
            type: [equity, loan]
            finances: [scale_up, machinery]
            confidence: confirmed
            matching:
              partMin: 1000000
              note: "lower ticket agreed for a pilot"
        """;

    Instrument investNl = reader.read(yaml).catalogue().instrument("invest_nl").orElseThrow();

    assertThat(investNl.terms().origin()).isEqualTo(TermsOrigin.ENTRY);
    assertThat(investNl.terms().amounts().partMin()).isEqualTo(1_000_000L);
    // everything the block does not mention stays as curated
    assertThat(investNl.terms().amounts().maxShareOfNeed()).isEqualTo(0.5);
    assertThat(investNl.terms().stage().trlMin()).isEqualTo(7);
    assertThat(investNl.terms().note()).isEqualTo("lower ticket agreed for a pilot");
  }

  @Test
  void rejectsAMatchingBlockWithAnUnknownKeyOrBadValue() {
    String yaml =
        """
        instruments:
          - id: invest_nl
            name: "Invest-NL"
            type: [equity]
            finances: [scale_up]
            confidence: confirmed
            matching:
              partMinimum: 1000000
          - id: go
            name: "GO"
            type: [guarantee]
            finances: [machinery]
            confidence: confirmed
            matching:
              partMin: "one and a half million"
              sbiExcluded: [68]
        """;

    CatalogueReport report = reader.read(yaml).report();

    assertThat(english(report.rejected().get(0).reasons()))
        .containsExactly("instruments[0].matching.partMinimum: unknown field (typing error?)");
    assertThat(english(report.rejected().get(1).reasons()))
        .contains("instruments[1].matching.partMin: 'one and a half million' is not a whole number")
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith("instruments[1].matching.sbiExcluded: '68' is not an SBI prefix"));
  }

  @Test
  void derivesConservativeTermsForAnInstrumentNobodyCurated() {
    String yaml =
        """
        instruments:
          - id: rom_liof_groeifonds
            name: "LIOF Groeifonds (new)"
            type: [subordinated_loan, equity]
            status: "open since 2026"
            eligibility:
              size: [small, medium]
              region: "Limburg"
            finances: [machinery, scale_up]
            amount:
              min_ticket_eur: 200000
              starter_min_eur: 100000
              max_ticket_eur: 2000000
              typical_ticket_eur: "500,000 - 1,000,000 (estimate)"
            state_aid_basis: "market-conform (estimate)"
            confidence: estimate
        """;

    CatalogueReading reading = reader.read(yaml);
    MatchingTerms terms =
        reading.catalogue().instrument("rom_liof_groeifonds").orElseThrow().terms();

    assertThat(terms.origin()).isEqualTo(TermsOrigin.DERIVED);
    assertThat(terms.availability().status()).isEqualTo(InstrumentStatus.AVAILABLE);
    assertThat(terms.availability().confirmed()).isFalse();
    assertThat(terms.part()).isEqualTo(PartKind.SUBORDINATED_LOAN);
    assertThat(terms.scope().provinces()).containsExactly(Province.LI);
    assertThat(terms.scope().rom()).isTrue();
    assertThat(terms.scope().sizes()).hasSize(2);
    assertThat(terms.scope().purposes())
        .containsExactlyInAnyOrder(Purpose.MACHINERY, Purpose.GROWTH_CAPITAL);
    // the smallest minimum (a starter variant may serve the firm), the smallest maximum
    assertThat(terms.amounts().partMin()).isEqualTo(100_000L);
    assertThat(terms.amounts().partMax().anySize()).isEqualTo(2_000_000L);
    assertThat(english(reading.report().warnings()))
        .containsExactly(
            "rom_liof_groeifonds: no curated matching terms; derived conservatively from the entry"
                + " itself (size, finances, min_*/max_* amounts)");
  }

  @Test
  void warnsWhenAnUncuratedEntrysRegionNamesNoProvinceAndTreatsItAsNationwide() {
    String yaml =
        """
        instruments:
          - id: benelux_fund
            name: "Benelux fund"
            type: [loan]
            eligibility:
              region: "border region with Flanders"
            finances: [machinery]
            confidence: estimate
          - id: national_fund
            name: "National fund"
            type: [loan]
            eligibility:
              region: "NL"
            finances: [machinery]
            confidence: estimate
        """;

    CatalogueReading reading = reader.read(yaml);

    assertThat(
            reading
                .catalogue()
                .instrument("benelux_fund")
                .orElseThrow()
                .terms()
                .scope()
                .isNationwide())
        .isTrue();
    assertThat(english(reading.report().warnings()))
        .contains(
            "benelux_fund: region 'border region with Flanders' names no province; treated as the"
                + " whole country")
        .noneMatch(w -> w.startsWith("national_fund: region"));
  }

  @Test
  void reportsAFileThatIsNotACatalogue() {
    assertThat(english(reader.read("instruments: [unclosed").report().fileProblems()))
        .singleElement()
        .asString()
        .startsWith("The file is not valid YAML");
    assertThat(english(reader.read("meta: {}").report().fileProblems()))
        .containsExactly("The file has no 'instruments' list");
  }

  private static InputStream shippedCatalogue() {
    return CatalogueReaderTest.class.getResourceAsStream(CatalogueReader.SHIPPED_CATALOGUE);
  }
}
