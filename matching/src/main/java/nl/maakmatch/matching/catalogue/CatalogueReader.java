package nl.maakmatch.matching.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.maakmatch.matching.catalogue.MatchingTerms.TermsOrigin;
import nl.maakmatch.matching.firm.SizeClass;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a catalogue in the reference format ({@code meta} + {@code instruments}, see
 * instruments-nl.yaml) and gives each instrument its matching terms:
 *
 * <ol>
 *   <li>the shipped, hand-curated terms for its id ({@code matching-terms.yaml}), or, for an id
 *       nobody curated, conservative terms derived from the entry itself;
 *   <li>overlaid by the entry's own optional {@code matching:} block, key by key, so an importer (a
 *       ROM updating its funds) can change one term without restating the rest.
 * </ol>
 *
 * Entries that cannot be read are left out and listed in the report with every reason; the rest of
 * the file still loads. This reader is also the product's importer.
 */
public final class CatalogueReader {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.catalogue.messages");

  public static final String SHIPPED_CATALOGUE =
      "/nl/maakmatch/matching/catalogue/instruments-nl.yaml";
  public static final String SHIPPED_TERMS = "/nl/maakmatch/matching/catalogue/matching-terms.yaml";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private static final Pattern FIGURE = Pattern.compile("\\d");
  private static final Set<String> SIZE_VALUES =
      EnumSet.allOf(SizeClass.class).stream()
          .map(s -> s.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private final Map<String, Map<String, Object>> shippedTerms;
  private final byte[] termsContent;

  private CatalogueReader(Map<String, Map<String, Object>> shippedTerms, byte[] termsContent) {
    this.shippedTerms = shippedTerms;
    this.termsContent = termsContent;
  }

  /** A reader that uses the terms shipped with the engine. */
  public static CatalogueReader withShippedTerms() {
    byte[] content = resource(SHIPPED_TERMS);
    return new CatalogueReader(termsBlocks(new String(content, StandardCharsets.UTF_8)), content);
  }

  /** A reader that derives every instrument's terms from its own entry (no curated terms). */
  public static CatalogueReader withoutShippedTerms() {
    return new CatalogueReader(Map.of(), new byte[0]);
  }

  /**
   * The shipped catalogue with the shipped terms. Fails loudly when any entry is rejected: the
   * shipped files are tested together, so a rejection is a build defect, not user input.
   */
  public static Catalogue shipped() {
    CatalogueReading reading = withShippedTerms().read(resource(SHIPPED_CATALOGUE));
    if (!reading.report().isClean()) {
      throw new IllegalStateException(
          "shipped catalogue does not read cleanly: " + reading.report());
    }
    return reading.catalogue();
  }

  public CatalogueReading read(InputStream yaml) {
    try {
      return read(yaml.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CatalogueReading read(String yaml) {
    return read(yaml.getBytes(StandardCharsets.UTF_8));
  }

  private CatalogueReading read(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    Object document;
    List<Integer> lines;
    try {
      document = yaml().load(text);
      lines = entryLines(text);
    } catch (YAMLException e) {
      return failed(content, TEXT.get("file.notYaml", firstLine(e.getMessage())));
    }
    if (!(document instanceof Map<?, ?> root)
        || !(root.get("instruments") instanceof List<?> entries)) {
      return failed(content, TEXT.get("file.noInstrumentList"));
    }

    List<Instrument> accepted = new ArrayList<>();
    List<RejectedEntry> rejected = new ArrayList<>();
    List<Message> warnings = new ArrayList<>();
    Map<String, Integer> firstPositionOfId = new HashMap<>();
    for (int position = 0; position < entries.size(); position++) {
      int line = position < lines.size() ? lines.get(position) : 0;
      EntryReading entry = readEntry(position, entries.get(position), firstPositionOfId, warnings);
      if (entry.problems().isEmpty()) {
        accepted.add(entry.instrument());
      } else {
        rejected.add(new RejectedEntry(position, line, entry.id(), entry.problems()));
      }
    }
    Set<String> ids = accepted.stream().map(Instrument::id).collect(Collectors.toSet());
    for (Instrument instrument : accepted) {
      for (String excluded : instrument.terms().stackRules().excludes()) {
        if (!ids.contains(excluded)) {
          warnings.add(TEXT.get("entry.unknownExclusion", instrument.id(), excluded));
        }
      }
    }
    Catalogue catalogue = new Catalogue(version(root, content), compiledOn(root), accepted);
    return new CatalogueReading(
        catalogue,
        new CatalogueReport(entries.size(), accepted.size(), rejected, warnings, List.of()));
  }

  private record EntryReading(String id, Instrument instrument, List<Message> problems) {}

  @SuppressWarnings("unchecked")
  private EntryReading readEntry(
      int position, Object value, Map<String, Integer> firstPositionOfId, List<Message> warnings) {
    String at = "instruments[" + position + "]";
    if (!(value instanceof Map<?, ?> map)) {
      return new EntryReading("", null, List.of(TEXT.get("field.notAMap", at)));
    }
    Map<String, Object> entry = (Map<String, Object>) map;
    List<Message> problems = new ArrayList<>();

    String id = null;
    Object idValue = entry.get("id");
    if (idValue == null) {
      problems.add(TEXT.get("field.missing", at + ".id"));
    } else if (!(idValue instanceof String s) || !isValidId(s)) {
      problems.add(TEXT.get("field.notAnId", at + ".id", String.valueOf(idValue)));
    } else {
      id = s;
      Integer first = firstPositionOfId.putIfAbsent(id, position);
      if (first != null) {
        problems.add(TEXT.get("entry.duplicateId", id, String.valueOf(first)));
      }
    }

    Object name = entry.get("name");
    if (name == null || name.toString().isBlank()) {
      problems.add(TEXT.get("field.missing", at + ".name"));
    }

    List<InstrumentType> types = new ArrayList<>();
    if (!(entry.get("type") instanceof List<?> typeValues) || typeValues.isEmpty()) {
      problems.add(TEXT.get("field.missing", at + ".type"));
    } else {
      for (int i = 0; i < typeValues.size(); i++) {
        Object type = typeValues.get(i);
        InstrumentType.fromYaml(String.valueOf(type))
            .ifPresentOrElse(
                types::add,
                () ->
                    problems.add(
                        TEXT.get(
                            "field.unknownValue",
                            at + ".type",
                            String.valueOf(type),
                            String.valueOf(
                                List.of(InstrumentType.values()).stream()
                                    .map(InstrumentType::yamlValue)
                                    .toList()))));
      }
    }

    Confidence confidence = null;
    Object confidenceValue = entry.get("confidence");
    if (confidenceValue == null) {
      problems.add(TEXT.get("field.missing", at + ".confidence"));
    } else {
      confidence = Confidence.fromYaml(confidenceValue.toString()).orElse(null);
      if (confidence == null) {
        problems.add(
            TEXT.get(
                "field.unknownValue",
                at + ".confidence",
                String.valueOf(confidenceValue),
                String.valueOf(List.of("confirmed", "estimate", "proposed"))));
      }
    }

    Object eligibility = entry.get("eligibility");
    if (eligibility != null && !(eligibility instanceof Map)) {
      problems.add(TEXT.get("field.notAMap", at + ".eligibility"));
    } else if (eligibility instanceof Map<?, ?> rules && rules.get("size") != null) {
      if (!(rules.get("size") instanceof List<?> sizes)) {
        problems.add(TEXT.get("field.notAList", at + ".eligibility.size"));
      } else {
        for (Object size : sizes) {
          if (!SIZE_VALUES.contains(String.valueOf(size))) {
            problems.add(
                TEXT.get(
                    "field.unknownValue",
                    at + ".eligibility.size",
                    String.valueOf(size),
                    String.valueOf(List.of("micro", "small", "medium", "large"))));
          }
        }
      }
    }

    Object finances = entry.get("finances");
    if (finances == null) {
      problems.add(TEXT.get("field.missing", at + ".finances"));
    } else if (!(finances instanceof List<?> tags)) {
      problems.add(TEXT.get("field.notAList", at + ".finances"));
    } else {
      for (Object tag : tags) {
        if (Purpose.fromFinancesTag(String.valueOf(tag)).isEmpty()) {
          problems.add(
              TEXT.get(
                  "field.unknownValue",
                  at + ".finances",
                  String.valueOf(tag),
                  String.valueOf(FINANCES_TAGS)));
        }
      }
    }

    Object amount = entry.get("amount");
    if (amount != null && !(amount instanceof Map)) {
      problems.add(TEXT.get("field.notAMap", at + ".amount"));
    } else if (amount instanceof Map<?, ?> amounts) {
      for (Map.Entry<?, ?> figure : amounts.entrySet()) {
        amountProblem(at + ".amount." + figure.getKey(), figure.getValue())
            .ifPresent(problems::add);
      }
    }

    Object overrides = entry.get("matching");
    if (overrides != null && !(overrides instanceof Map)) {
      problems.add(TEXT.get("field.notAMap", at + ".matching"));
      overrides = null;
    }
    if (!problems.isEmpty() || id == null) {
      return new EntryReading(id, null, problems);
    }

    List<Message> entryWarnings = new ArrayList<>();
    Map<String, Object> base;
    TermsOrigin origin;
    if (shippedTerms.containsKey(id)) {
      base = shippedTerms.get(id);
      origin = TermsOrigin.CURATED;
    } else {
      base = DerivedTerms.from(id, entry, entryWarnings);
      entryWarnings.add(0, TEXT.get("entry.derivedTerms", id));
      origin = TermsOrigin.DERIVED;
    }
    Map<String, Object> merged = new LinkedHashMap<>(base);
    String termsPath = origin == TermsOrigin.CURATED ? "matching-terms." + id : at + " (derived)";
    if (overrides != null) {
      Map<String, Object> own = (Map<String, Object>) overrides;
      problems.addAll(TermsParser.unknownKeys(at + ".matching", own));
      merged.putAll(own);
      origin = TermsOrigin.ENTRY;
      termsPath = at + ".matching";
    }
    if (!problems.isEmpty()) {
      return new EntryReading(id, null, problems);
    }
    TermsParser.Outcome outcome = TermsParser.parse(termsPath, merged, origin);
    if (outcome instanceof TermsParser.Problems bad) {
      return new EntryReading(id, null, bad.problems());
    }
    MatchingTerms terms = ((TermsParser.Read) outcome).terms();
    warnings.addAll(entryWarnings);
    return new EntryReading(
        id,
        new Instrument(id, name.toString().strip(), types, confidence, terms, entry),
        List.of());
  }

  private static final List<String> FINANCES_TAGS =
      List.of(
          "machinery",
          "buildings",
          "rd",
          "process_innovation",
          "product_innovation",
          "feasibility",
          "prototype_pilot",
          "demonstration",
          "energy_climate",
          "circular",
          "working_capital",
          "export",
          "foreign_investment",
          "acquisition_buyout",
          "growth_capital",
          "scale_up");

  /**
   * An amount is a number of euros, or prose that names one ("250,000 - 5,000,000 (estimate)"):
   * text without a figure, or a negative number, would silently drop a limit.
   */
  private static Optional<Message> amountProblem(String path, Object value) {
    if (value instanceof Number number) {
      return number.doubleValue() < 0
          ? Optional.of(TEXT.get("field.negativeAmount", path, String.valueOf(value)))
          : Optional.empty();
    }
    if (value instanceof String text && FIGURE.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(TEXT.get("field.notAnAmount", path, String.valueOf(value)));
  }

  static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  private CatalogueReading failed(byte[] content, Message problem) {
    return new CatalogueReading(
        new Catalogue(version(Map.of(), content), null, List.of()),
        new CatalogueReport(0, 0, List.of(), List.of(), List.of(problem)));
  }

  /**
   * A version that changes with any byte of the catalogue or the terms: the compilation date for
   * people, and the start of a SHA-256 over both files for machines.
   */
  private String version(Map<?, ?> root, byte[] catalogueContent) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(catalogueContent);
      digest.update(termsContent);
      String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      LocalDate compiledOn = compiledOn(root);
      return (compiledOn == null ? "undated" : compiledOn.toString()) + "+" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static LocalDate compiledOn(Map<?, ?> root) {
    if (root.get("meta") instanceof Map<?, ?> meta && meta.get("compiled_on") != null) {
      try {
        return LocalDate.parse(meta.get("compiled_on").toString());
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> termsBlocks(String text) {
    Object document = yaml().load(text);
    if (!(document instanceof Map<?, ?> root) || !(root.get("terms") instanceof Map<?, ?> terms)) {
      throw new IllegalStateException(SHIPPED_TERMS + " has no 'terms' block");
    }
    Map<String, Map<String, Object>> blocks = new LinkedHashMap<>();
    terms.forEach(
        (id, block) ->
            blocks.put(
                id.toString(),
                Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, Object>) block))));
    return Collections.unmodifiableMap(blocks);
  }

  /** The line each entry of the instruments list starts on, for the report. */
  private static List<Integer> entryLines(String text) {
    Node root = yaml().compose(new StringReader(text));
    List<Integer> lines = new ArrayList<>();
    if (root instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key
            && "instruments".equals(key.getValue())
            && tuple.getValueNode() instanceof SequenceNode sequence) {
          sequence.getValue().forEach(node -> lines.add(node.getStartMark().getLine() + 1));
        }
      }
    }
    return lines;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(options));
  }

  private static byte[] resource(String name) {
    try (InputStream in = CatalogueReader.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }
}
