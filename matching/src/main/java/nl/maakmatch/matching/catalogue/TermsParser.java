package nl.maakmatch.matching.catalogue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maakmatch.matching.catalogue.MatchingTerms.Amounts;
import nl.maakmatch.matching.catalogue.MatchingTerms.Availability;
import nl.maakmatch.matching.catalogue.MatchingTerms.CostPeriod;
import nl.maakmatch.matching.catalogue.MatchingTerms.Pricing;
import nl.maakmatch.matching.catalogue.MatchingTerms.Scope;
import nl.maakmatch.matching.catalogue.MatchingTerms.StackRules;
import nl.maakmatch.matching.catalogue.MatchingTerms.Stage;
import nl.maakmatch.matching.catalogue.MatchingTerms.TermsOrigin;
import nl.maakmatch.matching.catalogue.MatchingTerms.Timing;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.firm.SbiCode;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.KeyTechnology;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.stack.AidBasis;
import nl.maakmatch.matching.stack.LegalBasis;
import nl.maakmatch.matching.stack.PartKind;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Reads one block of matching terms (flat keys, as in {@code matching-terms.yaml} or an entry's own
 * {@code matching:} block) into {@link MatchingTerms}, collecting every problem with its path
 * instead of stopping at the first.
 */
final class TermsParser {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.catalogue.messages");

  /** Every key a terms block may have; anything else is reported as a likely typing error. */
  static final Set<String> KEYS =
      Set.of(
          "shortName",
          "status",
          "statusReason",
          "statusReasonNl",
          "statusConfirmed",
          "part",
          "sizes",
          "provinces",
          "rom",
          "sbiExcluded",
          "sbiRequired",
          "purposes",
          "requiredPurposes",
          "focus",
          "partMeasure",
          "partMin",
          "partMax",
          "costShare",
          "maxShareOfNeed",
          "needMin",
          "needMax",
          "investmentMin",
          "investmentMax",
          "investmentByYear",
          "belowMinimumViaRom",
          "coverShareOfBankLoan",
          "coverMax",
          "minAgeYears",
          "maxAgeYears",
          "starterMaxAgeYears",
          "trlMin",
          "trlMax",
          "ageCountsFrom",
          "conditions",
          "checkWith",
          "applyBeforeStart",
          "applyWithinMonthsAfterStart",
          "windowOpens",
          "windowCloses",
          "windowRecurring",
          "weeksToDecision",
          "costRate",
          "costPer",
          "aidRate",
          "aidRateYears",
          "maxTermYears",
          "maxTermYearsBuildings",
          "aidBasis",
          "inStack",
          "award",
          "lentByTheBank",
          "legalBasis",
          "priceIsEstimate",
          "notInStackReason",
          "notInStackReasonNl",
          "excludes",
          "bankFirstAboveEur",
          "variants",
          "estimates",
          "note");

  private final String path;
  private final Map<String, Object> fields;
  private final List<Message> problems = new ArrayList<>();

  private TermsParser(String path, Map<String, Object> fields) {
    this.path = path;
    this.fields = fields;
  }

  /** The terms, or the problems that stop them from being read. */
  sealed interface Outcome {}

  record Read(MatchingTerms terms) implements Outcome {}

  record Problems(List<Message> problems) implements Outcome {}

  static Outcome parse(String path, Map<String, Object> fields, TermsOrigin origin) {
    return new TermsParser(path, fields).parse(origin);
  }

  /** Problems in a partial block (an entry's {@code matching:} overrides) before merging. */
  static List<Message> unknownKeys(String path, Map<String, Object> fields) {
    return fields.keySet().stream()
        .filter(key -> !KEYS.contains(key))
        .map(key -> TEXT.get("field.unknown", path + "." + key))
        .toList();
  }

  private Outcome parse(TermsOrigin origin) {
    problems.addAll(unknownKeys(path, fields));

    InstrumentStatus status = enumValue("status", InstrumentStatus.class, null);
    if (status == null && !fields.containsKey("status")) {
      problems.add(TEXT.get("field.missing", at("status")));
    }
    Availability availability =
        new Availability(
            status == null ? InstrumentStatus.CLOSED : status,
            text("statusReason"),
            text("statusReasonNl"),
            bool("statusConfirmed", true),
            text("checkWith"));

    PartKind part = enumValue("part", PartKind.class, null);
    if (part == null && !fields.containsKey("part")) {
      problems.add(TEXT.get("field.missing", at("part")));
    }
    if (part == PartKind.OWN_FUNDS || part == PartKind.BANK_LOAN) {
      problems.add(TEXT.get("field.notAPart", at("part"), String.valueOf(part)));
      part = null;
    }

    Set<SizeClass> sizes = enumSet("sizes", SizeClass.class);
    if (!fields.containsKey("sizes")) {
      sizes = EnumSet.allOf(SizeClass.class);
    }
    Set<Purpose> purposes = enumSet("purposes", Purpose.class);
    if (!fields.containsKey("purposes")) {
      problems.add(TEXT.get("field.missing", at("purposes")));
    }
    Scope scope =
        new Scope(
            sizes,
            provinces(),
            bool("rom", false),
            sbiPrefixes("sbiExcluded"),
            sbiPrefixes("sbiRequired"),
            purposes,
            enumSet("requiredPurposes", Purpose.class),
            enumSet("focus", KeyTechnology.class));

    PartKind kind = part == null ? PartKind.LOAN : part;
    AmountMeasure measure = enumValue("partMeasure", AmountMeasure.class, defaultMeasure(kind));
    Long partMin = wholeNumber("partMin");
    BySize<Long> partMax = bySize("partMax", this::wholeNumberValue);
    Double coverShare = share("coverShareOfBankLoan");
    if (kind == PartKind.GUARANTEE && coverShare == null) {
      problems.add(TEXT.get("entry.guaranteeNeedsCover", at("part")));
    }
    Double maxShareOfNeed = share("maxShareOfNeed");
    if (maxShareOfNeed != null && maxShareOfNeed == 0) {
      problems.add(TEXT.get("field.outOfRange", at("maxShareOfNeed"), "0", "(0, 1]"));
      maxShareOfNeed = null;
    }
    Long needMin = wholeNumber("needMin");
    Long needMax = wholeNumber("needMax");
    Long investmentMin = wholeNumber("investmentMin");
    Long investmentMax = wholeNumber("investmentMax");
    requireOrder("partMin", partMin, "partMax", partMax.anySize());
    requireOrder("needMin", needMin, "needMax", needMax);
    requireOrder("investmentMin", investmentMin, "investmentMax", investmentMax);
    Amounts amounts =
        new Amounts(
            measure,
            partMin,
            partMax,
            bySize("costShare", this::shareRangeValue),
            maxShareOfNeed == null ? 1.0 : maxShareOfNeed,
            needMin,
            needMax,
            investmentMin,
            investmentMax,
            yearWindows(),
            coverShare,
            wholeNumber("coverMax"),
            bool("belowMinimumViaRom", false),
            variants());

    Integer trlMin = boundedInt("trlMin", 1, 9);
    Integer trlMax = boundedInt("trlMax", 1, 9);
    requireOrder(
        "trlMin", trlMin == null ? null : trlMin.longValue(),
        "trlMax", trlMax == null ? null : trlMax.longValue());
    Integer minAge = boundedInt("minAgeYears", 0, 200);
    Integer maxAge = boundedInt("maxAgeYears", 0, 200);
    requireOrder(
        "minAgeYears", minAge == null ? null : minAge.longValue(),
        "maxAgeYears", maxAge == null ? null : maxAge.longValue());
    Stage stage =
        new Stage(
            minAge,
            maxAge,
            boundedInt("starterMaxAgeYears", 0, 200),
            trlMin,
            trlMax,
            enumValue("ageCountsFrom", AgeCount.class, AgeCount.FOUNDING),
            enumSet("conditions", Condition.class));

    LocalDate opens = date("windowOpens");
    LocalDate closes = date("windowCloses");
    if (opens != null && closes != null && closes.isBefore(opens)) {
      problems.add(TEXT.get("field.minAboveMax", at("windowOpens"), at("windowCloses")));
    }
    Timing timing =
        new Timing(
            bool("applyBeforeStart", false),
            boundedInt("applyWithinMonthsAfterStart", 0, 120),
            opens,
            closes,
            bool("windowRecurring", false),
            boundedInt("weeksToDecision", 0, 520));

    Double aidRate = share("aidRate");
    AidBasis aidBasis = enumValue("aidBasis", AidBasis.class, AidBasis.NONE);
    LegalBasis legalBasis =
        enumValue("legalBasis", LegalBasis.class, LegalBasis.byDefaultFor(aidBasis));
    if (legalBasis.aidBasis() != aidBasis) {
      problems.add(
          TEXT.get(
              "field.legalBasisOutsideAidBasis",
              at("legalBasis"),
              legalBasis.name(),
              aidBasis.name()));
      legalBasis = LegalBasis.byDefaultFor(aidBasis);
    }
    Pricing pricing =
        new Pricing(
            number("costRate"),
            enumValue("costPer", CostPeriod.class, CostPeriod.PER_YEAR),
            aidRate != null ? aidRate : (kind == PartKind.GRANT ? 1.0 : 0.0),
            aidBasis,
            legalBasis,
            bool("priceIsEstimate", false),
            boundedInt("aidRateYears", 1, 30),
            boundedInt("maxTermYears", 1, 50),
            boundedInt("maxTermYearsBuildings", 1, 50));

    StackRules stackRules =
        new StackRules(
            bool("inStack", true),
            text("notInStackReason"),
            text("notInStackReasonNl"),
            new LinkedHashSet<>(idList("excludes")),
            wholeNumber("bankFirstAboveEur"),
            enumValue("award", AwardBasis.class, AwardBasis.byDefaultFor(kind)),
            bool("lentByTheBank", false));

    Set<String> estimates = new LinkedHashSet<>(stringList("estimates"));
    for (String estimate : estimates) {
      if (!KEYS.contains(estimate)) {
        problems.add(TEXT.get("field.unknownEstimate", at("estimates"), String.valueOf(estimate)));
      }
    }

    if (!problems.isEmpty()) {
      return new Problems(List.copyOf(problems));
    }
    return new Read(
        new MatchingTerms(
            text("shortName"),
            availability,
            kind,
            scope,
            amounts,
            stage,
            timing,
            pricing,
            stackRules,
            estimates,
            text("note"),
            origin));
  }

  static AmountMeasure defaultMeasure(PartKind kind) {
    return switch (kind) {
      case GUARANTEE -> AmountMeasure.GUARANTEED_LOAN;
      case EQUITY -> AmountMeasure.TICKET;
      case GRANT -> AmountMeasure.SUBSIDY;
      case TAX_BENEFIT -> AmountMeasure.TAX_BASE;
      default -> AmountMeasure.LOAN;
    };
  }

  // ------------------------------------------------------------------ field readers

  private String at(String key) {
    return path + "." + key;
  }

  private String text(String key) {
    Object value = fields.get(key);
    return value == null ? "" : value.toString().strip();
  }

  private boolean bool(String key, boolean otherwise) {
    Object value = fields.get(key);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problems.add(TEXT.get("field.notABoolean", at(key), String.valueOf(value)));
    return otherwise;
  }

  private <E extends Enum<E>> E enumValue(String key, Class<E> type, E otherwise) {
    Object value = fields.get(key);
    if (value == null) {
      return otherwise;
    }
    return enumConstant(at(key), type, value, otherwise);
  }

  private <E extends Enum<E>> E enumConstant(
      String where, Class<E> type, Object value, E otherwise) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.toString().strip())) {
        return constant;
      }
    }
    problems.add(
        TEXT.get(
            "field.unknownValue",
            where,
            String.valueOf(value),
            String.valueOf(Arrays.asList(type.getEnumConstants()))));
    return otherwise;
  }

  private List<?> list(String key) {
    Object value = fields.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    problems.add(TEXT.get("field.notAList", at(key)));
    return List.of();
  }

  private <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    List<?> values = list(key);
    for (int i = 0; i < values.size(); i++) {
      E constant = enumConstant(at(key) + "[" + i + "]", type, values.get(i), null);
      if (constant != null) {
        set.add(constant);
      }
    }
    return set;
  }

  private Set<Province> provinces() {
    Set<Province> set = EnumSet.noneOf(Province.class);
    List<?> values = list("provinces");
    for (int i = 0; i < values.size(); i++) {
      String where = at("provinces") + "[" + i + "]";
      Province province = enumConstant(where, Province.class, values.get(i), null);
      if (province != null) {
        set.add(province);
      }
    }
    return set;
  }

  private List<String> stringList(String key) {
    return list(key).stream().map(String::valueOf).map(String::strip).toList();
  }

  private List<String> idList(String key) {
    List<String> ids = stringList(key);
    for (String id : ids) {
      if (!CatalogueReader.isValidId(id)) {
        problems.add(TEXT.get("field.notAnId", at(key), String.valueOf(id)));
      }
    }
    return ids;
  }

  private List<String> sbiPrefixes(String key) {
    List<String> prefixes = new ArrayList<>();
    for (Object value : list(key)) {
      if (value instanceof String s && SbiCode.isPrefixOrRange(s)) {
        prefixes.add(s.strip());
      } else {
        problems.add(TEXT.get("field.notAnSbiPrefix", at(key), String.valueOf(value)));
      }
    }
    return prefixes;
  }

  private Double number(String key) {
    return numberValue(at(key), fields.get(key));
  }

  private Double numberValue(String where, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    problems.add(TEXT.get("field.notANumber", where, String.valueOf(value)));
    return null;
  }

  private Long wholeNumber(String key) {
    return wholeNumberValue(at(key), fields.get(key));
  }

  private Long wholeNumberValue(String where, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long) {
      long amount = ((Number) value).longValue();
      if (amount < 0) {
        problems.add(TEXT.get("field.outOfRange", where, String.valueOf(amount), "[0, ∞)"));
        return null;
      }
      return amount;
    }
    problems.add(TEXT.get("field.notAWholeNumber", where, String.valueOf(value)));
    return null;
  }

  private Integer boundedInt(String key, int min, int max) {
    Long value = wholeNumber(key);
    if (value == null) {
      return null;
    }
    if (value < min || value > max) {
      problems.add(
          TEXT.get(
              "field.outOfRange", at(key), String.valueOf(value), "[" + min + ", " + max + "]"));
      return null;
    }
    return value.intValue();
  }

  private Double share(String key) {
    Double value = number(key);
    if (value != null && (value < 0 || value > 1)) {
      problems.add(TEXT.get("field.notAShare", at(key), String.valueOf(value)));
      return null;
    }
    return value;
  }

  private ShareRange shareRangeValue(String where, Object value) {
    try {
      if (value instanceof Number n) {
        return ShareRange.exactly(n.doubleValue());
      }
      if (value instanceof String s && s.contains("-")) {
        String[] bounds = s.split("-");
        if (bounds.length == 2) {
          return new ShareRange(
              Double.parseDouble(bounds[0].strip()), Double.parseDouble(bounds[1].strip()));
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.add(TEXT.get("field.notAShare", where, String.valueOf(value)));
    return null;
  }

  private <T> BySize<T> bySize(String key, ValueReader<T> reader) {
    Object value = fields.get(key);
    if (value == null) {
      return BySize.none();
    }
    if (value instanceof Map<?, ?> map) {
      Map<SizeClass, T> perSize = new EnumMap<>(SizeClass.class);
      T any = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String where = at(key) + "." + entry.getKey();
        T read = reader.read(where, entry.getValue());
        if ("ANY".equals(String.valueOf(entry.getKey()))) {
          any = read;
          continue;
        }
        SizeClass size = enumConstant(where, SizeClass.class, entry.getKey(), null);
        if (size != null && read != null) {
          perSize.put(size, read);
        }
      }
      return new BySize<>(any, perSize);
    }
    return BySize.of(reader.read(at(key), value));
  }

  private List<Variant> variants() {
    List<Variant> variants = new ArrayList<>();
    List<?> values = list("variants");
    for (int i = 0; i < values.size(); i++) {
      String where = at("variants") + "[" + i + "]";
      if (!(values.get(i) instanceof Map<?, ?> variant)) {
        problems.add(TEXT.get("field.notAMap", where));
        continue;
      }
      Variant.Kind kind =
          enumConstant(where + ".kind", Variant.Kind.class, variant.get("kind"), null);
      if (kind == null) {
        problems.add(TEXT.get("field.missing", where + ".kind"));
        continue;
      }
      Double cover =
          numberValue(where + ".coverShareOfBankLoan", variant.get("coverShareOfBankLoan"));
      Double costShare = numberValue(where + ".costShare", variant.get("costShare"));
      for (Double share : Arrays.asList(cover, costShare)) {
        if (share != null && (share < 0 || share > 1)) {
          problems.add(TEXT.get("field.notAShare", where, String.valueOf(share)));
        }
      }
      variants.add(
          new Variant(
              kind,
              cover,
              wholeNumberValue(where + ".coverMax", variant.get("coverMax")),
              wholeNumberValue(where + ".partMax", variant.get("partMax")),
              costShare));
    }
    return variants;
  }

  private List<YearWindow> yearWindows() {
    List<YearWindow> windows = new ArrayList<>();
    List<?> values = list("investmentByYear");
    for (int i = 0; i < values.size(); i++) {
      String where = at("investmentByYear") + "[" + i + "]";
      if (!(values.get(i) instanceof Map<?, ?> window)) {
        problems.add(TEXT.get("field.notAMap", where));
        continue;
      }
      Long year = wholeNumberValue(where + ".year", window.get("year"));
      Long min = wholeNumberValue(where + ".min", window.get("min"));
      Long max = wholeNumberValue(where + ".max", window.get("max"));
      if (year == null || min == null || max == null) {
        for (String field : List.of("year", "min", "max")) {
          if (window.get(field) == null) {
            problems.add(TEXT.get("field.missing", where + "." + field));
          }
        }
        continue;
      }
      if (max < min) {
        problems.add(TEXT.get("field.minAboveMax", where + ".min", where + ".max"));
        continue;
      }
      windows.add(new YearWindow(year.intValue(), min, max));
    }
    return windows;
  }

  private LocalDate date(String key) {
    Object value = fields.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      // SnakeYAML reads an unquoted date as a timestamp at midnight UTC
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(value.toString().strip());
    } catch (RuntimeException e) {
      problems.add(TEXT.get("field.notADate", at(key), String.valueOf(value)));
      return null;
    }
  }

  private void requireOrder(String minKey, Long min, String maxKey, Long max) {
    if (min != null && max != null && min > max) {
      problems.add(TEXT.get("field.minAboveMax", at(minKey), at(maxKey)));
    }
  }

  @FunctionalInterface
  private interface ValueReader<T> {
    T read(String where, Object value);
  }
}
