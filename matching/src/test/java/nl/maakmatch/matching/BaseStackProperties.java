package nl.maakmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.maakmatch.matching.catalogue.AwardBasis;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.fixtures.Firms;
import nl.maakmatch.matching.fixtures.TestCatalogue;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.stack.StackPart;

/**
 * What holds for the base stack of any plan against the shipped catalogue (issue #11): it never
 * counts on a competition, and never puts two guarantees on the one bank loan.
 */
class BaseStackProperties {

  private final MatchingEngine engine =
      new MatchingEngine(TestCatalogue.shipped(), TestCatalogue.clockOn(TestCatalogue.TODAY));

  @Provide
  Arbitrary<FirmProfile> firms() {
    return Combinators.combine(
            Arbitraries.of(Province.class),
            Arbitraries.of("25.62", "28.41", "10.71", "22.29", "27.11"),
            Arbitraries.integers().between(2, 600),
            Arbitraries.longs().between(200_000, 200_000_000))
        .as(
            (province, sbi, staff, turnover) ->
                Firms.aFirm()
                    .in(province)
                    .withSbi(sbi)
                    .withFigures(staff, turnover, turnover / 2)
                    .build());
  }

  @Provide
  Arbitrary<PlanProfile> plans() {
    return Combinators.combine(
            Arbitraries.subsetOf(Purpose.values()).ofMinSize(1),
            Arbitraries.longs().between(20, 40_000).map(k -> k * 1_000),
            Arbitraries.doubles().between(0, 0.5),
            Arbitraries.integers().between(1, 9).injectNull(0.3))
        .as(
            (purposes, investment, ownShare, trl) ->
                new PlanProfile(
                    EnumSet.copyOf(purposes),
                    investment,
                    (long) (investment * ownShare),
                    0,
                    LocalDate.of(2027, 6, 1),
                    trl,
                    Set.of()));
  }

  @Property(tries = 150)
  void theBaseStackNeverCountsOnACompetition(
      @ForAll("firms") FirmProfile firm, @ForAll("plans") PlanProfile plan) {
    MatchResult result = engine.match(firm, plan, MatchOptions.defaults());

    for (StackPart part : result.stack().parts()) {
      if (part.kind() != PartKind.BANK_LOAN) {
        Instrument instrument = engine.catalogue().instrument(part.instrumentId()).orElseThrow();
        assertThat(instrument.terms().stackRules().award())
            .as(part.instrumentId())
            .isNotEqualTo(AwardBasis.COMPETITIVE);
      }
    }
    assertThat(result.upside())
        .allSatisfy(
            upside ->
                assertThat(
                        engine
                            .catalogue()
                            .instrument(upside.instrumentId())
                            .orElseThrow()
                            .terms()
                            .stackRules()
                            .award())
                    .isEqualTo(AwardBasis.COMPETITIVE));
  }

  @Property(tries = 150)
  void neverTwoGuaranteesOnTheOneBankLoan(
      @ForAll("firms") FirmProfile firm, @ForAll("plans") PlanProfile plan) {
    List<StackPart> parts = engine.match(firm, plan, MatchOptions.defaults()).stack().parts();

    assertThat(parts.stream().filter(p -> p.kind() == PartKind.GUARANTEE).count())
        .isLessThanOrEqualTo(1);
  }
}
