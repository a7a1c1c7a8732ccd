package nl.maakmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of every module (base file Dutch, {@code _en} English): both languages have
 * the same keys with the same arguments, every pattern parses, every key of a {@code messages}
 * bundle is used by the code, and every key of a {@code labels} bundle names a constant of an enum
 * in that package. (Bean Validation's own {@code ValidationMessages} use another pattern syntax;
 * its languages are compared in {@link #validationMessagesExistInEveryLanguage}.)
 */
class MessageBundlesTest {

  private static final List<Path> MODULES =
      List.of(Path.of("../matching"), Path.of("../domain"), Path.of("../api"), Path.of("."));

  @Test
  void everyKeyExistsInEveryLanguage() {
    for (Path base : bundles()) {
      Set<String> dutch = keys(load(base));
      Set<String> english = keys(load(english(base)));
      assertThat(english).as("keys of %s and its _en file", base).isEqualTo(dutch);
    }
  }

  @Test
  void everyPatternParsesWithTheSameArgumentsInEveryLanguage() {
    for (Path base : bundles()) {
      Properties dutch = load(base);
      Properties english = load(english(base));
      for (String key : keys(dutch)) {
        int nl = arguments(base, key, dutch.getProperty(key));
        int en = arguments(english(base), key, english.getProperty(key, ""));
        assertThat(en).as("arguments of %s in %s", key, base).isEqualTo(nl);
      }
    }
  }

  @Test
  void everyMessageKeyIsUsedByTheCode() {
    for (Path base : bundles()) {
      if (!base.getFileName().toString().equals("messages.properties")) {
        continue;
      }
      String code = allSources();
      List<String> unused = new ArrayList<>();
      for (String key : keys(load(base))) {
        if (!code.contains("\"" + key + "\"")) {
          unused.add(key);
        }
      }
      assertThat(unused).as("keys of %s no code uses", base).isEmpty();
    }
  }

  @Test
  void everyLabelNamesAConstantOfAnEnumInItsPackage() throws ClassNotFoundException {
    for (Path base : bundles()) {
      if (!base.getFileName().toString().equals("labels.properties")) {
        continue;
      }
      String pkg = packageOf(base);
      for (String key : keys(load(base))) {
        int dot = key.indexOf('.');
        Class<?> type = Class.forName(pkg + "." + key.substring(0, dot));
        assertThat(type.isEnum()).as(key).isTrue();
        assertThat(Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()))
            .as("label %s in %s", key, base)
            .contains(key.substring(dot + 1));
      }
    }
  }

  @Test
  void validationMessagesExistInEveryLanguage() {
    Path base = Path.of("../api/src/main/resources/ValidationMessages.properties");
    Set<String> keys = keys(load(base));
    assertThat(keys(load(english(base)))).isEqualTo(keys);
    assertThat(keys(load(base.resolveSibling("ValidationMessages_nl.properties")))).isEqualTo(keys);
  }

  private static int arguments(Path file, String key, String pattern) {
    try {
      return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    } catch (IllegalArgumentException e) {
      throw new AssertionError(key + " in " + file + " is not a valid pattern: " + pattern, e);
    }
  }

  private static List<Path> bundles() {
    List<Path> found = new ArrayList<>();
    for (Path module : MODULES) {
      Path resources = module.resolve("src/main/resources");
      if (!Files.isDirectory(resources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(resources)) {
        files
            .filter(
                p -> {
                  String name = p.getFileName().toString();
                  return name.endsWith(".properties")
                      && !name.contains("_")
                      && !name.startsWith("ValidationMessages")
                      && !name.equals("microprofile-config.properties");
                })
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(found).as("message bundles").isNotEmpty();
    return found;
  }

  @Test
  void everyBundleHasAnEnglishFile() {
    for (Path base : bundles()) {
      assertThat(english(base)).as("English file of " + base).exists();
    }
  }

  private static Path english(Path base) {
    String name = base.getFileName().toString().replace(".properties", "_en.properties");
    return base.resolveSibling(name);
  }

  private static Path moduleOf(Path bundle) {
    Path p = bundle;
    while (!p.getFileName().toString().equals("src")) {
      p = p.getParent();
    }
    return p.getParent();
  }

  private static String packageOf(Path bundle) {
    Path resources = moduleOf(bundle).resolve("src/main/resources");
    return resources.relativize(bundle.getParent()).toString().replace('/', '.');
  }

  private static String allSources() {
    StringBuilder all = new StringBuilder();
    for (Path module : MODULES) {
      try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toString();
  }

  private static Properties load(Path file) {
    assertThat(file).as("bundle file").exists();
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Set<String> keys(Properties properties) {
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
