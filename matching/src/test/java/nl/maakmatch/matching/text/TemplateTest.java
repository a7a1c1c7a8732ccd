package nl.maakmatch.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A parsed pattern writes every sentence exactly as MessageFormat does. */
class TemplateTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void fillsEveryShippedPatternAsMessageFormatDoes() throws IOException {
    List<Path> bundles;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      bundles = files.filter(f -> f.toString().endsWith(".properties")).toList();
    }
    int compared = 0;
    for (Path bundle : bundles) {
      Locale locale = bundle.toString().endsWith("_en.properties") ? Locale.ENGLISH : DUTCH;
      Properties patterns = new Properties();
      try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
        patterns.load(reader);
      }
      for (String key : patterns.stringPropertyNames()) {
        String pattern = patterns.getProperty(key);
        for (Object[] args : argumentSets()) {
          assertThat(
                  outcome(
                      () ->
                          Template.of(pattern, locale)
                              .fill(args, NumberFormat.getInstance(locale))))
              .as(bundle + " " + key)
              .isEqualTo(outcome(() -> new MessageFormat(pattern, locale).format(args)));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void keepsQuotesPlaceholdersWithoutArgumentsAndTypedArguments() {
    for (String pattern :
        List.of(
            "it''s {0} of {1}",
            "'{0}' stays, {0} goes",
            "{1} before {0}, {0} again",
            "no argument {2} given",
            "{0,number,#.#} typed",
            "{0,choice,0#none|1#one|1<{0} many}")) {
      for (Object[] args : argumentSets()) {
        assertThat(
                outcome(
                    () ->
                        Template.of(pattern, Locale.ENGLISH)
                            .fill(args, NumberFormat.getInstance(Locale.ENGLISH))))
            .as(pattern)
            .isEqualTo(outcome(() -> new MessageFormat(pattern, Locale.ENGLISH).format(args)));
      }
    }
  }

  /** The sentence, or the kind of error: a typed argument refuses a text in both. */
  private static String outcome(Supplier<String> sentence) {
    try {
      return sentence.get();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getClass().getSimpleName();
    }
  }

  private static List<Object[]> argumentSets() {
    List<Object[]> sets = new ArrayList<>();
    sets.add(new Object[] {"€ 1.200.000", "BOM", "1 juni 2027", "x", "y", "z", "v", "w"});
    sets.add(new Object[] {1_200_000L, 45, 0.125, 3.5, 7L, 1, 2, 3});
    sets.add(new Object[] {2.0});
    sets.add(new Object[] {});
    return sets;
  }
}
