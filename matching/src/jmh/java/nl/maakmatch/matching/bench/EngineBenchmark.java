package nl.maakmatch.matching.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.maakmatch.matching.MatchOptions;
import nl.maakmatch.matching.MatchResult;
import nl.maakmatch.matching.MatchingEngine;
import nl.maakmatch.matching.catalogue.Catalogue;
import nl.maakmatch.matching.catalogue.CatalogueReader;
import nl.maakmatch.matching.firm.FirmProfile;
import nl.maakmatch.matching.firm.LinkedEnterprise;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.PlanProfile;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.Objective;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole matching engine: SME test, every eligibility policy, scores, flags and the financing
 * stack, against the full shipped catalogue.
 *
 * <ul>
 *   <li>{@link #matchTheExamplePlan()}: one plan (the matching issue's example firm) against all
 *       instruments, as a firm owner's request does;
 *   <li>{@link #rematchAllMkbManufacturers()}: re-matching a synthetic population of 15,000 firms,
 *       about the number of MKB manufacturers in the Netherlands (2022 industry note), as after a
 *       catalogue update; on both cores through a parallel stream. Target: at most 10 s.
 * </ul>
 *
 * Run: {@code mvn -pl matching -Pbench verify -Djmh.include=EngineBenchmark}
 */
@Fork(1)
@State(Scope.Benchmark)
public class EngineBenchmark {

  /** Roughly the MKB manufacturers in the Netherlands (industry note 2022: ~15,000). */
  static final int POPULATION = 15_000;

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private MatchingEngine engine;
  private FirmProfile exampleFirm;
  private PlanProfile examplePlan;
  private List<FirmAndPlan> population;

  @Setup
  public void setUp() {
    Catalogue catalogue = CatalogueReader.shipped();
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    engine =
        new MatchingEngine(
            catalogue, Clock.fixed(TODAY.atStartOfDay(amsterdam).toInstant(), amsterdam));
    exampleFirm =
        new FirmProfile(
            Province.NB,
            SbiCode.of("25.62"),
            LocalDate.of(2012, 5, 1),
            45,
            8_000_000,
            5_000_000,
            List.of(
                new LinkedEnterprise(
                    "Holding",
                    LinkedEnterprise.Relation.PARTNER,
                    40,
                    100,
                    20_000_000,
                    15_000_000,
                    false)),
            0,
            0);
    examplePlan =
        new PlanProfile(
            EnumSet.of(Purpose.MACHINERY, Purpose.PROCESS_INNOVATION),
            1_200_000,
            200_000,
            0,
            LocalDate.of(2027, 6, 1),
            8,
            EnumSet.of(KeyTechnology.SEMICONDUCTORS));
    population = SyntheticPopulation.of(POPULATION, new Random(2022), TODAY);
  }

  // sampled, so the report gives the median and the tail, not only a mean
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public MatchResult matchTheExamplePlan() {
    return engine.match(exampleFirm, examplePlan, MatchOptions.defaults());
  }

  private int next;

  /** One plan at a time, cycling through the varied plans of the synthetic population. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public MatchResult matchOnePlanOfThePopulation() {
    FirmAndPlan p = population.get(next);
    next = (next + 1) % population.size();
    return engine.match(p.firm(), p.plan(), p.options());
  }

  /** Returns the eligible matches found, so the work cannot be optimised away. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  // a batch runs in a server that has been matching for a while: measured once the JIT has
  // compiled the engine (the first passes over the population take 2-3 times as long)
  @Warmup(iterations = 4)
  @Measurement(iterations = 5)
  public long rematchAllMkbManufacturers() {
    return population.parallelStream()
        .mapToLong(p -> engine.match(p.firm(), p.plan(), p.options()).eligible().size())
        .sum();
  }

  record FirmAndPlan(FirmProfile firm, PlanProfile plan, MatchOptions options) {}

  /**
   * Synthetic MKB manufacturers with a plan each. Provinces are weighted by industry's gross value
   * added (CBS 2020, from the 2022 industry note, EUR bn); sizes follow a realistic MKB mix of
   * about 30% micro, 40% small, 25% medium and 5% large; every firm is in manufacturing (SBI
   * 10–33). Seeded, so every run matches the same population.
   */
  static final class SyntheticPopulation {

    private static final Province[] PROVINCES = {
      Province.GR, Province.FR, Province.DR, Province.OV, Province.FL, Province.GE,
      Province.UT, Province.NH, Province.ZH, Province.ZE, Province.NB, Province.LI
    };
    private static final double[] VALUE_ADDED_BN = {
      2.351, 2.972, 1.962, 6.896, 1.238, 11.272, 4.604, 10.343, 14.100, 2.159, 21.436, 8.270
    };
    private static final Purpose[] MANUFACTURING_PURPOSES = {
      Purpose.MACHINERY,
      Purpose.MACHINERY,
      Purpose.MACHINERY,
      Purpose.BUILDINGS,
      Purpose.PROCESS_INNOVATION,
      Purpose.PRODUCT_INNOVATION,
      Purpose.RD,
      Purpose.ENERGY_CLIMATE,
      Purpose.CIRCULAR,
      Purpose.WORKING_CAPITAL,
      Purpose.GROWTH_CAPITAL,
      Purpose.EXPORT,
      Purpose.FEASIBILITY,
      Purpose.ACQUISITION
    };
    private static final Objective[] OBJECTIVES = Objective.values();

    private SyntheticPopulation() {}

    static List<FirmAndPlan> of(int size, Random random, LocalDate today) {
      List<FirmAndPlan> firms = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        firms.add(one(random, today));
      }
      return firms;
    }

    private static FirmAndPlan one(Random random, LocalDate today) {
      double roll = random.nextDouble();
      double staff;
      long investmentFrom;
      long investmentTo;
      if (roll < 0.30) {
        staff = 1 + random.nextInt(9);
        investmentFrom = 30_000;
        investmentTo = 400_000;
      } else if (roll < 0.70) {
        staff = 10 + random.nextInt(40);
        investmentFrom = 100_000;
        investmentTo = 2_500_000;
      } else if (roll < 0.95) {
        staff = 50 + random.nextInt(200);
        investmentFrom = 500_000;
        investmentTo = 12_000_000;
      } else {
        staff = 250 + random.nextInt(750);
        investmentFrom = 2_000_000;
        investmentTo = 40_000_000;
      }
      long turnover = (long) (staff * (120_000 + random.nextInt(130_000)));
      long balance = (long) (turnover * (0.5 + 0.4 * random.nextDouble()));
      int division = 10 + random.nextInt(24);
      String sbi = String.format("%02d.%02d", division, 10 + random.nextInt(90));
      FirmProfile firm =
          new FirmProfile(
              weightedProvince(random),
              SbiCode.of(sbi),
              LocalDate.of(1960 + random.nextInt(66), 1 + random.nextInt(12), 1),
              staff,
              turnover,
              balance,
              List.of(),
              0,
              random.nextInt(10) == 0 ? random.nextInt(300_001) : 0);

      Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
      int count = 1 + random.nextInt(3);
      while (purposes.size() < count) {
        purposes.add(MANUFACTURING_PURPOSES[random.nextInt(MANUFACTURING_PURPOSES.length)]);
      }
      long investment =
          investmentFrom + (long) (random.nextDouble() * (investmentTo - investmentFrom));
      long own = (long) (investment * (0.1 + 0.2 * random.nextDouble()));
      Set<KeyTechnology> technologies = EnumSet.noneOf(KeyTechnology.class);
      if (random.nextInt(5) == 0) {
        technologies.add(KeyTechnology.values()[random.nextInt(KeyTechnology.values().length)]);
      }
      PlanProfile plan =
          new PlanProfile(
              purposes,
              investment,
              own,
              0,
              today.plusMonths(3 + random.nextInt(16)),
              random.nextBoolean() ? 4 + random.nextInt(6) : null,
              technologies);
      return new FirmAndPlan(
          firm, plan, new MatchOptions(false, OBJECTIVES[random.nextInt(OBJECTIVES.length)]));
    }

    private static Province weightedProvince(Random random) {
      double total = 0;
      for (double share : VALUE_ADDED_BN) {
        total += share;
      }
      double pick = random.nextDouble() * total;
      for (int i = 0; i < PROVINCES.length; i++) {
        pick -= VALUE_ADDED_BN[i];
        if (pick < 0) {
          return PROVINCES[i];
        }
      }
      return PROVINCES[PROVINCES.length - 1];
    }
  }
}
