package nl.maakmatch.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.access.Role;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.firm.Firm;
import nl.maakmatch.domain.firm.FirmDetails;
import nl.maakmatch.domain.firm.FirmService;
import nl.maakmatch.domain.firm.KvkNumber;
import nl.maakmatch.domain.organisation.OrganisationKind;
import nl.maakmatch.domain.organisation.OrganisationRegister;
import nl.maakmatch.domain.plan.CapexCategory;
import nl.maakmatch.domain.plan.CapexLine;
import nl.maakmatch.domain.plan.ExpectedEffects;
import nl.maakmatch.domain.plan.InvestmentPlan;
import nl.maakmatch.domain.plan.Milestone;
import nl.maakmatch.domain.plan.PlanDetails;
import nl.maakmatch.domain.plan.PlanService;
import nl.maakmatch.domain.user.UserDirectory;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data of the local run ({@code maakmatch.demo=true}): anna's and bram's firms, each with
 * a submitted plan, guided by the ROM of their region; anna's plan is shared with daan's bank; the
 * advisers carla and lars in the directory of known users. Created once, through the same services
 * users go through, so it obeys every rule. The subjects are the fixed user ids of the demo realm
 * in {@code docker/keycloak}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  static final String ANNA = "a0a0a0a0-0000-4000-8000-000000000001";
  static final String BRAM = "b0b0b0b0-0000-4000-8000-000000000002";
  static final String CARLA = "c0c0c0c0-0000-4000-8000-000000000003";
  static final String LARS = "d0d0d0d0-0000-4000-8000-000000000004";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "maakmatch.demo", defaultValue = "false")
  boolean enabled;

  @Inject FirmService firms;
  @Inject PlanService plans;
  @Inject OrganisationRegister organisations;
  @Inject UserDirectory directory;
  @Inject DealService deals;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    Actor system = new Actor("demo-data", Set.of(Role.ADMIN), Optional.empty(), Optional.empty());
    if (organisations.find("rabobank-demo").isEmpty()) {
      organisations.register(system, "rabobank-demo", "Rabobank (demo)", OrganisationKind.BANK);
    }
    if (organisations.find("eva-capital-demo").isEmpty()) {
      organisations.register(
          system, "eva-capital-demo", "Eva Capital (demo)", OrganisationKind.INVESTOR);
    }
    // every demo user reachable by mail before they first sign in (the local mail catcher)
    DemoUsers.introduceTo(directory);
    // known before they first sign in, so an administrator can assign them right away
    directory.introduce(
        new Actor(CARLA, Set.of(Role.ADVISER), Optional.of(Province.NB), Optional.of("bom")),
        Optional.of("carla"));
    directory.introduce(
        new Actor(LARS, Set.of(Role.ADVISER), Optional.of(Province.LI), Optional.of("liof")),
        Optional.of("lars"));
    Actor anna = Actor.firmOwner(ANNA);
    Actor bram = Actor.firmOwner(BRAM);
    if (!firms.firmsOf(anna).isEmpty() || !firms.firmsOf(bram).isEmpty()) {
      return;
    }
    Firm annas =
        firms
            .register(
                anna,
                new KvkNumber("71234567"),
                details(
                    "Van Dijk Precisiemetaal B.V.",
                    "25.62",
                    Province.NB,
                    LocalDate.of(2012, 5, 1),
                    45,
                    8_000_000,
                    5_000_000))
            .registered()
            .orElseThrow();
    InvestmentPlan annasPlan =
        plans.draft(
            anna,
            annas.id(),
            plan(
                "Geautomatiseerde freeslijn",
                Set.of(Purpose.MACHINERY, Purpose.PROCESS_INNOVATION),
                List.of(
                    new CapexLine(
                        "5-assige freesmachine", CapexCategory.MACHINERY, 900_000, 2027, 10),
                    new CapexLine("Robotbelading", CapexCategory.EQUIPMENT, 300_000, 2027, 8)),
                200_000,
                Set.of(KeyTechnology.SEMICONDUCTORS),
                8));
    plans.submit(anna, annas.id(), annasPlan.id(), null);
    firms.requestGuidance(anna, annas.id(), false);

    Firm brams =
        firms
            .register(
                bram,
                new KvkNumber("62345678"),
                details(
                    "Maasdal Voedingsmachines B.V.",
                    "28.93",
                    Province.LI,
                    LocalDate.of(2019, 9, 15),
                    18,
                    3_200_000,
                    2_100_000))
            .registered()
            .orElseThrow();
    InvestmentPlan bramsPlan =
        plans.draft(
            bram,
            brams.id(),
            plan(
                "Warmtepomp en energiezuinige koellijn",
                Set.of(Purpose.ENERGY_CLIMATE, Purpose.MACHINERY),
                List.of(
                    new CapexLine(
                        "Industriële warmtepomp",
                        CapexCategory.ENERGY_INSTALLATION,
                        420_000,
                        2027,
                        15),
                    new CapexLine("Koellijn", CapexCategory.MACHINERY, 260_000, 2027, 12)),
                120_000,
                Set.of(KeyTechnology.FOOD, KeyTechnology.ENERGY),
                9));
    plans.submit(bram, brams.id(), bramsPlan.id(), null);
    firms.requestGuidance(bram, brams.id(), true);
    InvestmentPlan annasSolarPlan =
        plans.draft(
            anna,
            annas.id(),
            plan(
                "Zonnedak en batterijopslag",
                Set.of(Purpose.ENERGY_CLIMATE),
                List.of(
                    new CapexLine(
                        "Zonnepanelen 600 kWp",
                        CapexCategory.ENERGY_INSTALLATION,
                        380_000,
                        2026,
                        20),
                    new CapexLine(
                        "Batterijopslag", CapexCategory.ENERGY_INSTALLATION, 140_000, 2026, 12)),
                100_000,
                Set.of(KeyTechnology.ENERGY),
                9));
    plans.submit(anna, annas.id(), annasSolarPlan.id(), null);
    int introductions =
        new DemoDeals(deals, clock).load(anna, bram, annasPlan, bramsPlan, annasSolarPlan);
    LOG.info("event=demo.loaded firms=2 plans=3 introductions=" + introductions);
  }

  private static FirmDetails details(
      String name,
      String sbi,
      Province province,
      LocalDate founded,
      int staff,
      long turnover,
      long balance) {
    return new FirmDetails(
        name,
        List.of(SbiCode.of(sbi)),
        province,
        founded,
        BigDecimal.valueOf(staff),
        turnover,
        balance,
        BigDecimal.ZERO,
        List.<LinkedEnterprise>of(),
        List.of());
  }

  private static PlanDetails plan(
      String title,
      Set<Purpose> purposes,
      List<CapexLine> lines,
      long own,
      Set<KeyTechnology> technologies,
      int trl) {
    return new PlanDetails(
        title,
        "Demoplan: " + title.toLowerCase(),
        purposes,
        lines,
        own,
        0,
        LocalDate.of(2027, 6, 1),
        List.of(new Milestone("Installatie gereed", LocalDate.of(2027, 12, 1))),
        new ExpectedEffects(3, BigDecimal.valueOf(40), BigDecimal.valueOf(15)),
        technologies,
        trl);
  }
}
