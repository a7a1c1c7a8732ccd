package nl.maakmatch.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import nl.maakmatch.api.MaakMatchApi;
import org.junit.jupiter.api.Test;

/**
 * The operation table against the resources themselves: a new endpoint without a row, a row left
 * behind by a removed one, or an id used twice fails here, before a client generator meets it.
 */
class ApiOperationsTest {

  private static final List<ResourceOperation> DECLARED =
      ResourceOperations.of(everyResourceClass());

  @Test
  void listsEveryResourceClassOfTheApi() {
    assertThat(Set.copyOf(ApiOperations.RESOURCES))
        .as("ApiOperations.RESOURCES: every @Path class under nl.maakmatch.api")
        .isEqualTo(Set.copyOf(everyResourceClass()));
  }

  @Test
  void everyOperationHasARowAndEveryRowAnOperation() {
    Set<String> declared = DECLARED.stream().map(ResourceOperation::key).collect(toSortedSet());
    Set<String> listed = new TreeSet<>(ApiOperations.table().keySet());

    Set<String> withoutRow = new TreeSet<>(declared);
    withoutRow.removeAll(listed);
    Set<String> withoutOperation = new TreeSet<>(listed);
    withoutOperation.removeAll(declared);
    assertThat(withoutRow).as("operations without a row in ApiOperations").isEmpty();
    assertThat(withoutOperation).as("rows in ApiOperations without an operation").isEmpty();
  }

  @Test
  void noTwoOperationsShareAnId() {
    Map<String, List<String>> byId = new HashMap<>();
    ApiOperations.table()
        .forEach(
            (key, entry) ->
                byId.computeIfAbsent(entry.operationId(), id -> new ArrayList<>()).add(key));
    assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1).toList())
        .as("ids used by more than one operation")
        .isEmpty();
  }

  @Test
  void idsAreLowerCamelCaseAndSafeInUrls() {
    assertThat(ApiOperations.table().values())
        .allSatisfy(
            entry ->
                assertThat(entry.operationId())
                    .matches("[a-z][a-zA-Z0-9]*")
                    .hasSizeLessThanOrEqualTo(40));
  }

  @Test
  void successStatusesAreOkCreatedOrNoContent() {
    assertThat(ApiOperations.table().values())
        .extracting(ApiOperations.Entry::successStatus)
        .containsOnly(200, 201, 204);
  }

  @Test
  void theCatalogueThePreviewAndTheSignInStatusAreOpenToAnyone() {
    assertThat(DECLARED.stream().filter(o -> !o.secured()).map(ResourceOperation::key))
        .containsExactlyInAnyOrder(
            "GET /api/v1/instruments",
            "GET /api/v1/instruments/{id}",
            "POST /api/v1/match/preview",
            "GET /api/v1/login-status");
  }

  @Test
  void readsTheFactsTheDescriptionNeedsFromTheAnnotations() {
    ResourceOperation revise = declared("PUT /api/v1/firms/{firmId}/plans/{planId}");
    assertThat(revise.secured()).isTrue();
    assertThat(revise.roles()).containsExactly("firm", "adviser");
    assertThat(revise.readsIfMatch()).isTrue();
    assertThat(revise.body()).isPresent();
    assertThat(revise.namesARecord()).isTrue();

    ResourceOperation preview = declared("POST /api/v1/match/preview");
    assertThat(preview.rateLimited()).isTrue();
    assertThat(preview.secured()).isFalse();

    ResourceOperation inbox = declared("GET /api/v1/introductions");
    assertThat(inbox.body()).isEmpty();
    assertThat(inbox.takesParameters()).isFalse();
    assertThat(inbox.readsIfMatch()).isFalse();
  }

  @Test
  void joinsPathSegmentsWithSingleSlashesAndNoTrailingOne() {
    assertThat(ResourceOperations.join("/api", "/v1/firms", "")).isEqualTo("/api/v1/firms");
    assertThat(ResourceOperations.join("/api/", "/v1/firms/", "/{id}/"))
        .isEqualTo("/api/v1/firms/{id}");
    assertThat(ResourceOperations.join("", "")).isEqualTo("/");
  }

  private static ResourceOperation declared(String key) {
    return DECLARED.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
  }

  private static Collector<String, ?, TreeSet<String>> toSortedSet() {
    return Collectors.toCollection(TreeSet::new);
  }

  /** Every class of the API module's compiled main classes that carries {@code @Path}. */
  static List<Class<?>> everyResourceClass() {
    // the main classes' directory (getResource would find the test classes' first)
    URL root = MaakMatchApi.class.getProtectionDomain().getCodeSource().getLocation();
    File directory;
    try {
      directory = new File(new File(root.toURI()), "nl/maakmatch/api");
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    List<Class<?>> resources = new ArrayList<>();
    collect(directory, "nl.maakmatch.api", resources);
    assertThat(resources).as("resource classes found in " + directory).isNotEmpty();
    return resources;
  }

  private static void collect(File directory, String packageName, List<Class<?>> resources) {
    File[] entries = directory.listFiles();
    if (entries == null) {
      return;
    }
    for (File entry : entries) {
      String name = entry.getName();
      if (entry.isDirectory()) {
        collect(entry, packageName + "." + name, resources);
      } else if (name.endsWith(".class") && !name.contains("$")) {
        try {
          Class<?> type =
              Class.forName(
                  packageName + "." + name.substring(0, name.length() - ".class".length()),
                  false,
                  ApiOperations.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            resources.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
