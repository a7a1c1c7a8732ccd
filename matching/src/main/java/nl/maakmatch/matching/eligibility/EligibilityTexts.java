package nl.maakmatch.matching.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maakmatch.matching.catalogue.AmountMeasure;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.firm.SizeClassification;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Dates;
import nl.maakmatch.matching.text.Euro;
import nl.maakmatch.matching.text.LocalizedText;

/**
 * Every sentence the eligibility policies show a firm owner, in Dutch and English. Each names the
 * rule, where it comes from when that helps, and the firm's own value; money in Dutch style ("€
 * 1.500.000") or English style ("€1,500,000").
 */
final class EligibilityTexts {

  /** Names for the SBI prefixes the catalogue uses, so an exclusion reads as a sector. */
  private static final Map<String, LocalizedText> SECTORS =
      Map.ofEntries(
          Map.entry("01", new LocalizedText("landbouw", "agriculture")),
          Map.entry("02", new LocalizedText("bosbouw", "forestry")),
          Map.entry(
              "03", new LocalizedText("visserij en aquacultuur", "fisheries and aquaculture")),
          Map.entry("12", new LocalizedText("tabaksindustrie", "tobacco")),
          Map.entry("25.4", new LocalizedText("wapens en munitie", "weapons and ammunition")),
          Map.entry("29", new LocalizedText("auto-industrie", "automotive")),
          Map.entry("30.1", new LocalizedText("scheepsbouw", "shipbuilding")),
          Map.entry("30.3", new LocalizedText("lucht- en ruimtevaart", "aerospace")),
          Map.entry("30.4", new LocalizedText("militaire voertuigen", "military vehicles")),
          Map.entry("35", new LocalizedText("energiedistributie", "energy distribution")),
          Map.entry("37", new LocalizedText("afvalwaterbehandeling", "waste water")),
          Map.entry("38", new LocalizedText("afvalverwerking", "waste processing")),
          Map.entry("41.1", new LocalizedText("projectontwikkeling", "project development")),
          Map.entry("64", new LocalizedText("financiële dienstverlening", "financial services")),
          Map.entry("65", new LocalizedText("verzekeringen", "insurance")),
          Map.entry("66", new LocalizedText("financiële dienstverlening", "financial services")),
          Map.entry("68", new LocalizedText("onroerend goed", "real estate")),
          Map.entry("68.1", new LocalizedText("handel in eigen onroerend goed", "own real estate")),
          Map.entry("68.2", new LocalizedText("verhuur van onroerend goed", "renting real estate")),
          Map.entry(
              "68.32", new LocalizedText("beheer van onroerend goed", "managing real estate")),
          Map.entry("86", new LocalizedText("gezondheidszorg", "healthcare")),
          Map.entry("10-33", new LocalizedText("industrie (SBI C)", "manufacturing (SBI C)")));

  private EligibilityTexts() {}

  // ------------------------------------------------------------------ status

  static LocalizedText closed(Instrument instrument) {
    String reasonNl = instrument.terms().availability().reasonNl();
    return new LocalizedText(
        instrument.shortName()
            + " staat niet open voor nieuwe aanvragen"
            + (reasonNl.isEmpty() ? "" : ": " + reasonNl),
        instrument.shortName()
            + " is not open to new applications: "
            + instrument.terms().availability().reason());
  }

  static LocalizedText proposed(Instrument instrument) {
    String reasonNl = instrument.terms().availability().reasonNl();
    return new LocalizedText(
        instrument.shortName()
            + " is een beleidsvoorstel, geen bestaande regeling"
            + (reasonNl.isEmpty() ? "" : ": " + reasonNl),
        instrument.shortName()
            + " is a policy proposal, not an existing instrument: "
            + instrument.terms().availability().reason());
  }

  // ------------------------------------------------------------------ size

  static LocalizedText sizeNotServed(
      Instrument instrument, Set<SizeClass> sizes, SizeClassification size) {
    return new LocalizedText(
        instrument.shortName()
            + " is alleen voor "
            + sizesNl(sizes)
            + "; uw bedrijf is "
            + size.reasoning().nl(),
        instrument.shortName()
            + " is only for "
            + sizesEn(sizes)
            + "; your firm is "
            + size.reasoning().en());
  }

  static LocalizedText sizeServed(Instrument instrument, Set<SizeClass> sizes, SizeClass size) {
    return new LocalizedText(
        instrument.shortName()
            + " is voor "
            + sizesNl(sizes)
            + "; uw bedrijf is "
            + size.dutchLabel().toLowerCase(Locale.ROOT),
        instrument.shortName()
            + " is for "
            + sizesEn(sizes)
            + "; your firm is "
            + size.englishLabel().toLowerCase(Locale.ROOT));
  }

  private static String sizesNl(Set<SizeClass> sizes) {
    if (sizes.equals(Set.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM))) {
      return "MKB-bedrijven (micro, klein en middelgroot)";
    }
    return joined(
            ordered(sizes),
            s ->
                switch (s) {
                  case MICRO -> "micro";
                  case SMALL -> "kleine";
                  case MEDIUM -> "middelgrote";
                  case LARGE -> "grote";
                },
            " en ")
        + " bedrijven";
  }

  private static String sizesEn(Set<SizeClass> sizes) {
    if (sizes.equals(Set.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM))) {
      return "SMEs (micro, small and medium-sized firms)";
    }
    return joined(
            ordered(sizes),
            s ->
                switch (s) {
                  case MICRO -> "micro";
                  case SMALL -> "small";
                  case MEDIUM -> "medium-sized";
                  case LARGE -> "large";
                },
            " and ")
        + " firms";
  }

  // ------------------------------------------------------------------ sector

  static LocalizedText sectorExcluded(Instrument instrument, String prefix, String sbiCode) {
    LocalizedText sector = sector(prefix);
    return new LocalizedText(
        instrument.shortName()
            + " financiert geen bedrijven in "
            + sector.nl()
            + " (SBI "
            + prefix
            + "); uw SBI-code is "
            + sbiCode,
        instrument.shortName()
            + " does not finance firms in "
            + sector.en()
            + " (SBI "
            + prefix
            + "); your SBI code is "
            + sbiCode);
  }

  static LocalizedText sectorNotIncluded(
      Instrument instrument, List<String> prefixes, String sbiCode) {
    return new LocalizedText(
        instrument.shortName()
            + " is alleen voor bedrijven in "
            + joined(prefixes, p -> sector(p).nl() + " (SBI " + p + ")", ", ")
            + "; uw SBI-code "
            + sbiCode
            + " valt daarbuiten",
        instrument.shortName()
            + " is only for firms in "
            + joined(prefixes, p -> sector(p).en() + " (SBI " + p + ")", ", ")
            + "; your SBI code "
            + sbiCode
            + " is not among them");
  }

  private static LocalizedText sector(String prefix) {
    return SECTORS.getOrDefault(prefix, new LocalizedText("SBI " + prefix, "SBI " + prefix));
  }

  // ------------------------------------------------------------------ region

  static LocalizedText outsideRegion(
      Instrument instrument, Set<Province> provinces, Province province) {
    return new LocalizedText(
        instrument.shortName()
            + " is alleen voor bedrijven gevestigd in "
            + joinedNaturally(ordered(provinces).stream().map(Province::dutchName).toList(), " en ")
            + "; uw bedrijf zit in "
            + province.dutchName(),
        instrument.shortName()
            + " only serves firms established in "
            + joinedNaturally(
                ordered(provinces).stream().map(Province::englishName).toList(), " and ")
            + "; your firm is in "
            + province.englishName());
  }

  static LocalizedText useOwnRom(Province province, List<Instrument> roms, Instrument instead) {
    return new LocalizedText(
        "In "
            + province.dutchName()
            + ": "
            + joined(roms, Instrument::shortName, " of ")
            + " in plaats van "
            + instead.shortName(),
        "In "
            + province.englishName()
            + ": "
            + joined(roms, Instrument::shortName, " or ")
            + " instead of "
            + instead.shortName());
  }

  static LocalizedText regionServed(Instrument instrument, Province province) {
    return new LocalizedText(
        instrument.shortName() + " is de regionale financier voor " + province.dutchName(),
        instrument.shortName() + " is the regional financier for " + province.englishName());
  }

  // ------------------------------------------------------------------ age

  static LocalizedText tooOld(Instrument instrument, int maxAge, int age, LocalDate start) {
    return new LocalizedText(
        instrument.shortName()
            + " is voor bedrijven tot "
            + maxAge
            + " jaar oud; uw bedrijf is"
            + " bij de start van het plan ("
            + dateNl(start)
            + ") "
            + age
            + " jaar",
        instrument.shortName()
            + " is for firms up to "
            + maxAge
            + " years old; your firm is "
            + age
            + " when the plan starts ("
            + dateEn(start)
            + ")");
  }

  static LocalizedText tooYoung(Instrument instrument, int minAge, int age, LocalDate start) {
    return new LocalizedText(
        instrument.shortName()
            + " vraagt een bedrijf van minimaal "
            + minAge
            + " jaar; uw"
            + " bedrijf is bij de start van het plan ("
            + dateNl(start)
            + ") "
            + age
            + " jaar",
        instrument.shortName()
            + " needs a firm at least "
            + minAge
            + " years old; your firm is "
            + age
            + " when the plan starts ("
            + dateEn(start)
            + ")");
  }

  static LocalizedText onceOldEnough(int minAge, LocalDate from) {
    return new LocalizedText(
        "zodra uw bedrijf " + minAge + " jaar bestaat (vanaf " + dateNl(from) + ")",
        "once the firm is " + minAge + " years old (from " + dateEn(from) + ")");
  }

  static LocalizedText starterVariant(Instrument instrument, int belowAge) {
    return new LocalizedText(
        "Uw bedrijf is jonger dan "
            + belowAge
            + " jaar: "
            + instrument.shortName()
            + " heeft een startersvariant met eigen voorwaarden",
        "Your firm is younger than "
            + belowAge
            + ": "
            + instrument.shortName()
            + " has a starter variant with its own terms");
  }

  // ------------------------------------------------------------------ purpose

  static LocalizedText purposeNotFinanced(
      Instrument instrument, Set<Purpose> financed, Set<Purpose> planned) {
    return new LocalizedText(
        instrument.shortName()
            + " financiert "
            + purposesNl(financed, " en ")
            + "; uw plan gaat over "
            + purposesNl(planned, " en "),
        instrument.shortName()
            + " finances "
            + purposesEn(financed, " and ")
            + "; your plan is about "
            + purposesEn(planned, " and "));
  }

  static LocalizedText requiredPurposeMissing(Instrument instrument, Set<Purpose> required) {
    return new LocalizedText(
        instrument.shortName()
            + " is alleen voor "
            + purposesNl(required, " of ")
            + "; uw plan noemt dat niet",
        instrument.shortName()
            + " is only for "
            + purposesEn(required, " or ")
            + "; your plan does not include it");
  }

  static LocalizedText ifPlanIncludes(Set<Purpose> required) {
    return new LocalizedText(
        "als (een deel van) uw investering " + purposesNl(required, " of ") + " betreft",
        "if (part of) your investment is " + purposesEn(required, " or "));
  }

  static LocalizedText purposeFinanced(Instrument instrument, Set<Purpose> overlap) {
    return new LocalizedText(
        instrument.shortName() + " financiert " + purposesNl(overlap, " en "),
        instrument.shortName() + " finances " + purposesEn(overlap, " and "));
  }

  private static String purposesNl(Set<Purpose> purposes, String lastSeparator) {
    return joinedNaturally(ordered(purposes).stream().map(Purpose::dutch).toList(), lastSeparator);
  }

  private static String purposesEn(Set<Purpose> purposes, String lastSeparator) {
    return joinedNaturally(
        ordered(purposes).stream().map(Purpose::english).toList(), lastSeparator);
  }

  // ------------------------------------------------------------------ amounts

  /** GO: "GO vereist een lening van minimaal € 1.500.000; uw financieringsbehoefte is …". */
  static LocalizedText belowMinimumOfNeed(
      Instrument instrument, AmountMeasure measure, long min, long need) {
    return new LocalizedText(
        instrument.shortName()
            + " vereist "
            + measure.dutchNoun()
            + " van minimaal "
            + Euro.nl(min)
            + "; uw financieringsbehoefte is "
            + Euro.nl(need),
        instrument.shortName()
            + " requires "
            + measure.englishNoun()
            + " of at least "
            + Euro.en(min)
            + "; your financing need is "
            + Euro.en(need));
  }

  /** Invest-NL: a minimum ticket and a maximum share of the need together. */
  static LocalizedText belowMinimumShareOfNeed(
      Instrument instrument, AmountMeasure measure, long min, double share, long need, long most) {
    return new LocalizedText(
        instrument.shortName()
            + " vereist "
            + measure.dutchNoun()
            + " van minimaal "
            + Euro.nl(min)
            + " en financiert hoogstens "
            + Euro.percentNl(share)
            + " van de financieringsbehoefte; bij uw behoefte van "
            + Euro.nl(need)
            + " is dat hoogstens "
            + Euro.nl(most)
            + ", dus de behoefte moet minimaal "
            + Euro.nl(neededFor(min, share))
            + " zijn",
        instrument.shortName()
            + " requires "
            + measure.englishNoun()
            + " of at least "
            + Euro.en(min)
            + " and finances at most "
            + Euro.percentEn(share)
            + " of the financing need; with your need of "
            + Euro.en(need)
            + " that is at most "
            + Euro.en(most)
            + ", so the need must be at least "
            + Euro.en(neededFor(min, share)));
  }

  static LocalizedText belowMinimumShareOfCosts(
      Instrument instrument,
      AmountMeasure measure,
      long min,
      double share,
      long investment,
      long most) {
    return new LocalizedText(
        instrument.shortName()
            + " vereist "
            + measure.dutchNoun()
            + " van minimaal "
            + Euro.nl(min)
            + "; bij hoogstens "
            + Euro.percentNl(share)
            + " van uw investering"
            + " van "
            + Euro.nl(investment)
            + " is dat hoogstens "
            + Euro.nl(most),
        instrument.shortName()
            + " requires "
            + measure.englishNoun()
            + " of at least "
            + Euro.en(min)
            + "; at most "
            + Euro.percentEn(share)
            + " of your investment of "
            + Euro.en(investment)
            + " is "
            + Euro.en(most));
  }

  static LocalizedText smallerAmountsViaRom(List<Instrument> roms) {
    return new LocalizedText(
        "Kleinere bedragen lopen via de ROM van uw provincie: "
            + joined(roms, Instrument::shortName, " of "),
        "Smaller amounts go through your province's ROM: "
            + joined(roms, Instrument::shortName, " or "));
  }

  static LocalizedText withMoreInvestment(long extra) {
    return new LocalizedText(
        "met " + Euro.nl(extra) + " meer investering",
        "with " + Euro.en(extra) + " more investment");
  }

  static LocalizedText needAboveMaximum(Instrument instrument, long max, long need) {
    return new LocalizedText(
        instrument.shortName()
            + " past bij een totale financieringsbehoefte van hoogstens "
            + Euro.nl(max)
            + "; uw financieringsbehoefte is "
            + Euro.nl(need),
        instrument.shortName()
            + " fits a total financing need of at most "
            + Euro.en(max)
            + "; your financing need is "
            + Euro.en(need));
  }

  static LocalizedText needBelowMinimum(Instrument instrument, long min, long need) {
    return new LocalizedText(
        instrument.shortName()
            + " is voor een financieringsbehoefte van minimaal "
            + Euro.nl(min)
            + "; uw financieringsbehoefte is "
            + Euro.nl(need),
        instrument.shortName()
            + " is for a financing need of at least "
            + Euro.en(min)
            + "; your financing need is "
            + Euro.en(need));
  }

  static LocalizedText withSmallerNeed(long max, long less) {
    return new LocalizedText(
        "met een kleinere financieringsbehoefte van hoogstens "
            + Euro.nl(max)
            + " ("
            + Euro.nl(less)
            + " minder)",
        "with a smaller financing need of at most "
            + Euro.en(max)
            + " ("
            + Euro.en(less)
            + " less)");
  }

  static LocalizedText investmentBelowMinimum(Instrument instrument, long min, long investment) {
    return new LocalizedText(
        instrument.shortName()
            + " vereist een investering (projectkosten) van minimaal "
            + Euro.nl(min)
            + "; uw investering is "
            + Euro.nl(investment),
        instrument.shortName()
            + " requires an investment (project cost) of at least "
            + Euro.en(min)
            + "; your investment is "
            + Euro.en(investment));
  }

  static LocalizedText investmentOutsideYearWindow(
      Instrument instrument, long min, long max, int windowYear, int planYear, long investment) {
    String yearNl =
        windowYear == planYear
            ? "in " + planYear
            : "in " + windowYear + "; grenzen voor " + planYear + " nog niet bekend";
    String yearEn =
        windowYear == planYear
            ? "in " + planYear
            : "in " + windowYear + "; limits for " + planYear + " not yet known";
    return new LocalizedText(
        instrument.shortName()
            + " geldt bij een totale investering van "
            + Euro.nl(min)
            + " tot "
            + Euro.nl(max)
            + " per jaar ("
            + yearNl
            + "); uw investering is "
            + Euro.nl(investment),
        instrument.shortName()
            + " applies to a total investment of "
            + Euro.en(min)
            + " to "
            + Euro.en(max)
            + " a year ("
            + yearEn
            + "); your investment is "
            + Euro.en(investment));
  }

  static LocalizedText investmentAboveMaximum(Instrument instrument, long max, long investment) {
    return new LocalizedText(
        instrument.shortName()
            + " geldt tot een investering van "
            + Euro.nl(max)
            + "; uw investering is "
            + Euro.nl(investment),
        instrument.shortName()
            + " applies up to an investment of "
            + Euro.en(max)
            + "; your investment is "
            + Euro.en(investment));
  }

  static LocalizedText withInvestmentOfAtMost(long max, long less) {
    return new LocalizedText(
        "met een investering van hoogstens " + Euro.nl(max) + " (" + Euro.nl(less) + " minder)",
        "with an investment of at most " + Euro.en(max) + " (" + Euro.en(less) + " less)");
  }

  static LocalizedText guaranteeFits(Instrument instrument, long loan, double cover) {
    return new LocalizedText(
        instrument.shortName()
            + " kan garant staan voor een lening tot "
            + Euro.nl(loan)
            + " voor dit plan; de garantie dekt "
            + Euro.percentNl(cover)
            + " van de lening",
        instrument.shortName()
            + " can guarantee a loan of up to "
            + Euro.en(loan)
            + " for this plan; the guarantee covers "
            + Euro.percentEn(cover)
            + " of the loan");
  }

  static LocalizedText amountFits(Instrument instrument, AmountMeasure measure, long most) {
    return new LocalizedText(
        instrument.shortName()
            + " kan "
            + measure.dutchNoun()
            + " bieden tot "
            + Euro.nl(most)
            + " voor dit plan",
        instrument.shortName()
            + " can provide "
            + measure.englishNoun()
            + " of up to "
            + Euro.en(most)
            + " for this plan");
  }

  // ------------------------------------------------------------------ TRL

  static LocalizedText trlTooLow(Instrument instrument, int min, Integer max, int trl) {
    return new LocalizedText(
        instrument.shortName()
            + " is voor technologie op TRL "
            + range(min, max)
            + "; uw plan zit op TRL "
            + trl,
        instrument.shortName()
            + " is for technology at TRL "
            + range(min, max)
            + "; your plan is at TRL "
            + trl);
  }

  static LocalizedText trlTooHigh(Instrument instrument, Integer min, int max, int trl) {
    return new LocalizedText(
        instrument.shortName()
            + " is voor technologie die nog niet bewezen is (TRL "
            + (min == null ? "tot " + max : range(min, max))
            + "); uw plan zit op TRL "
            + trl,
        instrument.shortName()
            + " is for technology not yet proven (TRL "
            + (min == null ? "up to " + max : range(min, max))
            + "); your plan is at TRL "
            + trl);
  }

  static LocalizedText onceTrlReaches(int min) {
    return new LocalizedText(
        "zodra uw technologie TRL " + min + " bereikt", "once your technology reaches TRL " + min);
  }

  private static String range(Integer min, Integer max) {
    return max == null ? min + "+" : min + "–" + max;
  }

  // ------------------------------------------------------------------ timing

  static LocalizedText startedBeforeApplication(Instrument instrument, LocalDate start) {
    return new LocalizedText(
        instrument.shortName()
            + " moet worden aangevraagd vóór de start (stimulerend effect,"
            + " AGVV); uw plan is gestart op "
            + dateNl(start),
        instrument.shortName()
            + " must be applied for before the work starts (incentive"
            + " effect, GBER); your plan started on "
            + dateEn(start));
  }

  static LocalizedText notificationTooLate(Instrument instrument, int months, LocalDate deadline) {
    return new LocalizedText(
        instrument.shortName()
            + " moet binnen "
            + months
            + " maanden na de"
            + " investeringsverplichting bij RVO worden gemeld; die termijn liep af op "
            + dateNl(deadline),
        instrument.shortName()
            + " must be notified to RVO within "
            + months
            + " months of the"
            + " investment commitment; that period ended on "
            + dateEn(deadline));
  }

  static LocalizedText windowClosed(Instrument instrument, LocalDate closed) {
    return new LocalizedText(
        instrument.shortName() + ": de aanvraagperiode sloot op " + dateNl(closed),
        instrument.shortName() + ": applications closed on " + dateEn(closed));
  }

  static LocalizedText opensAfterStart(Instrument instrument, LocalDate opens, LocalDate start) {
    return new LocalizedText(
        instrument.shortName()
            + " opent pas op "
            + dateNl(opens)
            + " en moet vóór de start"
            + " worden aangevraagd; uw plan start op "
            + dateNl(start),
        instrument.shortName()
            + " opens only on "
            + dateEn(opens)
            + " and must be applied for"
            + " before the start; your plan starts on "
            + dateEn(start));
  }

  static LocalizedText withStartAfter(LocalDate opens) {
    return new LocalizedText(
        "met een start na " + dateNl(opens), "with a start after " + dateEn(opens));
  }

  static LocalizedText applyUntil(Instrument instrument, LocalDate closes) {
    return new LocalizedText(
        instrument.shortName() + ": aanvragen kan tot " + dateNl(closes),
        instrument.shortName() + ": applications until " + dateEn(closes));
  }

  // ------------------------------------------------------------------ de minimis

  static LocalizedText deMinimisUsedUp(Instrument instrument, long received) {
    return new LocalizedText(
        instrument.shortName()
            + " is de-minimissteun en uw ruimte is op: u ontving "
            + Euro.nl(received)
            + " in de afgelopen 3 jaar, het plafond is "
            + Euro.nl(DeMinimis.CEILING_EUR)
            + " (Verordening (EU) 2023/2831)",
        instrument.shortName()
            + " is de minimis aid and your headroom is used up: you"
            + " received "
            + Euro.en(received)
            + " in the last 3 years, the ceiling is "
            + Euro.en(DeMinimis.CEILING_EUR)
            + " (Regulation (EU) 2023/2831)");
  }

  // ------------------------------------------------------------------ helpers

  private static String dateNl(LocalDate date) {
    return Dates.nl(date);
  }

  private static String dateEn(LocalDate date) {
    return Dates.en(date);
  }

  private static long neededFor(long min, double share) {
    return (long) Math.ceil(min / share);
  }

  private static <E extends Enum<E>> List<E> ordered(Set<E> values) {
    return values.stream().sorted().toList();
  }

  private static <T> String joined(Collection<T> items, Function<T, String> name, String sep) {
    return items.stream().map(name).collect(Collectors.joining(sep));
  }

  /** "a, b en c": a list as a sentence says it. */
  private static String joinedNaturally(List<String> items, String lastSeparator) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + lastSeparator
        + items.get(items.size() - 1);
  }
}
