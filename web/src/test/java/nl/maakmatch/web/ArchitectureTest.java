package nl.maakmatch.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: web → api → domain → matching, and the engine stays plain Java. */
class ArchitectureTest {

  private static JavaClasses maakmatch;

  @BeforeAll
  static void importProductionClasses() {
    maakmatch =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.maakmatch");
  }

  @Test
  void matchingImportsNothingFromJakartaNorFromOuterModules() {
    noClasses()
        .that()
        .resideInAPackage("nl.maakmatch.matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "javax.persistence..",
            "javax.ws..",
            "nl.maakmatch.domain..",
            "nl.maakmatch.api..",
            "nl.maakmatch.web..")
        .check(maakmatch);
  }

  @Test
  void domainKnowsNothingOfTheApiOrTheWebModule() {
    noClasses()
        .that()
        .resideInAPackage("nl.maakmatch.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.maakmatch.api..", "nl.maakmatch.web..", "jakarta.ws.rs..")
        .check(maakmatch);
  }

  @Test
  void apiKnowsNothingOfTheWebModule() {
    noClasses()
        .that()
        .resideInAPackage("nl.maakmatch.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("nl.maakmatch.web..")
        .check(maakmatch);
  }

  @Test
  void theClassesUnderCheckWereFound() {
    // guards against a rule passing only because the importer found nothing
    Assertions.assertThat(maakmatch.containPackage("nl.maakmatch.matching")).isTrue();
    Assertions.assertThat(maakmatch.containPackage("nl.maakmatch.domain")).isTrue();
    Assertions.assertThat(maakmatch.containPackage("nl.maakmatch.api")).isTrue();
  }
}
