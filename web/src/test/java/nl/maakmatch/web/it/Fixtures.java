package nl.maakmatch.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies named for what they describe, as a client would send them. */
final class Fixtures {

  private Fixtures() {}

  // consecutive from a random start: drawn at random, some hundreds of firms per run would share a
  // number now and then, and registering a known KVK number is a request to join, not a new firm
  private static final AtomicInteger NEXT_KVK =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000, 90_000_000));

  /** A KVK number no other test uses. */
  static String freshKvk() {
    return String.valueOf(NEXT_KVK.getAndIncrement());
  }

  /**
   * A client address no other test uses (in 10.0.0.0/8), for requests counted per address: see
   * {@link Http#from}.
   */
  static String freshClientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  /** An autonomous small machine builder in Noord-Brabant: 30 staff, EUR 6M turnover. */
  static Map<String, Object> aSmallMachineBuilder(String kvk) {
    Map<String, Object> firm = new LinkedHashMap<>();
    firm.put("kvkNumber", kvk);
    firm.put("legalName", "Brabantse Machinebouw B.V.");
    firm.put("sbiCodes", List.of("28.99"));
    firm.put("province", "NB");
    firm.put("foundedOn", "2009-03-01");
    firm.put("employees", 30);
    firm.put("annualTurnoverEur", 6_000_000);
    firm.put("balanceSheetTotalEur", 4_000_000);
    firm.put("publicBodyOwnershipPct", 0);
    firm.put("relations", new ArrayList<>());
    firm.put("deMinimisAid", new ArrayList<>());
    return firm;
  }

  static Map<String, Object> withPartner(Map<String, Object> firm, double sharePct, int staff) {
    Map<String, Object> copy = new LinkedHashMap<>(firm);
    copy.put(
        "relations",
        List.of(
            Map.of(
                "name",
                "Partner Holding",
                "relation",
                "PARTNER",
                "sharePct",
                sharePct,
                "employees",
                staff,
                "annualTurnoverEur",
                20_000_000,
                "balanceSheetTotalEur",
                15_000_000)));
    return copy;
  }

  static Map<String, Object> withLinked(Map<String, Object> firm, int staff) {
    Map<String, Object> copy = new LinkedHashMap<>(firm);
    copy.put(
        "relations",
        List.of(
            Map.of(
                "name",
                "Moedermaatschappij",
                "relation",
                "LINKED",
                "sharePct",
                80,
                "employees",
                staff,
                "annualTurnoverEur",
                60_000_000,
                "balanceSheetTotalEur",
                50_000_000)));
    return copy;
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  /** A EUR 1.2M machinery plan with EUR 200k own money, starting next summer. */
  static Map<String, Object> aMachineryPlan() {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("title", "Nieuwe CNC-freeslijn");
    plan.put("description", "Vervanging van twee freesmachines door een geautomatiseerde lijn.");
    plan.put("purposes", List.of("MACHINERY", "PROCESS_INNOVATION"));
    plan.put(
        "capexLines",
        List.of(
            Map.of(
                "description", "5-assige freesmachine",
                "category", "MACHINERY",
                "amountEur", 900_000,
                "year", 2027,
                "economicLifeYears", 10),
            Map.of(
                "description", "Robotbelading",
                "category", "EQUIPMENT",
                "amountEur", 300_000,
                "year", 2027,
                "economicLifeYears", 8)));
    plan.put("ownContributionEur", 200_000);
    plan.put("committedByOthersEur", 0);
    plan.put("startsOn", "2027-06-01");
    plan.put(
        "milestones", List.of(Map.of("description", "Lijn in bedrijf", "dueOn", "2027-12-01")));
    plan.put("expectedEffects", Map.of("jobs", 4, "co2TonnesPerYear", 12.5, "productivityPct", 20));
    plan.put("keyTechnologies", List.of());
    plan.put("trl", 9);
    return plan;
  }
}
