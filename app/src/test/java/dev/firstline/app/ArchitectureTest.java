package dev.firstline.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows of architecture.md true: core depends on nothing, adapters not on each other. */
class ArchitectureTest {

  private static JavaClasses firstline;

  @BeforeAll
  static void importClasses() {
    firstline =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the core's test fixtures arrive as a test-jar, which DO_NOT_INCLUDE_TESTS does not recognise
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.firstline");
  }

  @Test
  void core_dependsOnlyOnJdkSlf4jCaffeineAndJspecify() {
    classes()
        .that().resideInAPackage("dev.firstline.core..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.slf4j..", "com.github.benmanes.caffeine..", "org.jspecify..", "dev.firstline.core..")
        .check(firstline);
  }

  @Test
  void adapters_doNotDependOnEachOther() {
    String[] adapters = {"dev.firstline.kb..", "dev.firstline.tickets..", "dev.firstline.slack..", "dev.firstline.discord.."};
    for (String adapter : adapters) {
      for (String other : adapters) {
        if (!adapter.equals(other)) {
          noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAPackage(other).allowEmptyShould(true).check(firstline);
        }
      }
    }
  }

  @Test
  void nothingDependsOnTheApp() {
    noClasses()
        .that().resideOutsideOfPackage("dev.firstline.app..")
        .should().dependOnClassesThat().resideInAPackage("dev.firstline.app..")
        .check(firstline);
  }

  @Test
  void luceneStaysInTheKnowledgeBase() {
    noClasses()
        .that().resideOutsideOfPackage("dev.firstline.kb..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(firstline);
  }
}
