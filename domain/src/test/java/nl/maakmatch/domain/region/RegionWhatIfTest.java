package nl.maakmatch.domain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maakmatch.domain.region.RegionWhatIf.PlanOutcome;
import nl.maakmatch.domain.region.RegionWhatIf.ProposalEffect;
import nl.maakmatch.matching.WhatIf;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.text.Message;
import org.junit.jupiter.api.Test;

class RegionWhatIfTest {

  @Test
  void sumsPerProposalThePlansItFitsTheirUnfinancedNeedAndWhatItWouldClose() {
    RegionWhatIf region =
        RegionWhatIf.of(
            Province.NB,
            List.of(
                aPlanLeavingUncovered(300_000, mkbBankClosing(200_000), wbioClosing(0)),
                aPlanLeavingUncovered(100_000, mkbBankClosing(100_000)),
                aPlanLeavingUncovered(50_000)));

    assertThat(region.plans()).isEqualTo(3);
    assertThat(region.unfinancedEur()).isEqualTo(450_000);
    assertThat(region.proposals())
        .containsExactly(
            new ProposalEffect("mkb_bank", "MKB-bank", "MKB-bank", 2, 400_000, 300_000),
            new ProposalEffect("wbio", "WBIO", "WBIO", 1, 300_000, 0));
  }

  @Test
  void aProposalNeverClosesMoreThanAPlanLeavesUnfinanced() {
    RegionWhatIf region =
        RegionWhatIf.of(
            Province.NB, List.of(aPlanLeavingUncovered(80_000, mkbBankClosing(90_000))));

    assertThat(region.proposals().get(0).wouldCloseEur()).isEqualTo(80_000);
  }

  @Test
  void aRegionWithoutPlansHasNothingToClose() {
    RegionWhatIf region = RegionWhatIf.of(Province.ZE, List.of());

    assertThat(region.plans()).isZero();
    assertThat(region.unfinancedEur()).isZero();
    assertThat(region.proposals()).isEmpty();
  }

  private static PlanOutcome aPlanLeavingUncovered(long eur, WhatIf... scenarios) {
    return new PlanOutcome(eur, List.of(scenarios));
  }

  private static WhatIf mkbBankClosing(long eur) {
    return scenario("mkb_bank", "MKB-bank", eur);
  }

  private static WhatIf wbioClosing(long eur) {
    return scenario("wbio", "WBIO", eur);
  }

  private static WhatIf scenario(String id, String name, long closes) {
    return new WhatIf(
        id, name, name, closes, closes, 0, Message.of("nl.maakmatch.matching.messages", "x"));
  }
}
