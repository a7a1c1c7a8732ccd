package nl.maakmatch.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.maakmatch.domain.access.Access;
import nl.maakmatch.domain.access.NotPermitted;
import nl.maakmatch.domain.event.EventRecorder;
import nl.maakmatch.matching.text.Message;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Application services stay thin: an access policy decides who may act, a repository holds the
 * queries, {@link StaleVersion#requireCurrent} checks the version a change is based on.
 */
class ApplicationServicesTest {

  private static JavaClasses domain;

  @BeforeAll
  static void importProductionClasses() {
    domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.maakmatch.domain");
  }

  /** The services that change records: those that record events, and those named so. */
  private static final DescribedPredicate<JavaClass> APPLICATION_SERVICES =
      DescribedPredicate.describe(
          "are application services",
          c ->
              c.isAnnotatedWith(ApplicationScoped.class)
                  && (c.getSimpleName().endsWith("Service")
                      || c.getAllFields().stream()
                          .anyMatch(f -> f.getRawType().isEquivalentTo(EventRecorder.class))));

  @Test
  void refusesACallerOnlyThroughAnAccessPolicysAnswer() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Access.class.getName())
        .should()
        .callConstructor(NotPermitted.class, Message.class)
        .check(domain);
  }

  @Test
  void checksEveryVersionThroughTheOneHelper() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(StaleVersion.class.getName())
        .should()
        .callConstructor(StaleVersion.class, RecordKind.class, Object.class, long.class, long.class)
        .check(domain);
  }

  @Test
  void leavesEveryQueryToARepository() {
    noClasses()
        .that(APPLICATION_SERVICES)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(domain);
  }

  @Test
  void findsTheServicesItChecks() {
    Assertions.assertThat(
            domain.stream().filter(APPLICATION_SERVICES).map(JavaClass::getSimpleName))
        .contains(
            "InstrumentAdministration",
            "OrganisationRegister",
            "PlanService",
            "FirmService",
            "MatchService");
  }
}
