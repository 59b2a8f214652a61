package fr.unicamp.webapp.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module dependencies point one way: webapp and integration routes → domain modules → common, and
 * between domain modules in the order data flows (DESIGN.md §2). A module that must tell an
 * upstream one something publishes a CDI event instead of importing against the flow.
 */
@AnalyzeClasses(packages = "fr.unicamp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependencyRulesTest {

  @ArchTest
  static final ArchRule modules_depend_in_the_order_data_flows =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("common")
          .definedBy("fr.unicamp.common..")
          .layer("catalogue")
          .definedBy("fr.unicamp.catalogue..")
          .layer("enrolment")
          .definedBy("fr.unicamp.enrolment..")
          .layer("billing")
          .definedBy("fr.unicamp.billing..")
          .layer("certificates")
          .definedBy("fr.unicamp.certificates..")
          .layer("quality")
          .definedBy("fr.unicamp.quality..")
          .layer("integration")
          .definedBy("fr.unicamp.integration..")
          .layer("webapp")
          .definedBy("fr.unicamp.webapp..")
          .whereLayer("webapp")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("integration")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("quality")
          .mayOnlyBeAccessedByLayers("integration", "webapp")
          .whereLayer("certificates")
          .mayOnlyBeAccessedByLayers("integration", "webapp")
          .whereLayer("billing")
          .mayOnlyBeAccessedByLayers("quality", "integration", "webapp")
          .whereLayer("enrolment")
          .mayOnlyBeAccessedByLayers("billing", "certificates", "quality", "integration", "webapp")
          .whereLayer("catalogue")
          .mayOnlyBeAccessedByLayers(
              "enrolment", "billing", "certificates", "quality", "integration", "webapp");

  @ArchTest
  static final ArchRule modules_are_free_of_cycles =
      slices().matching("fr.unicamp.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule aggregates_inside_a_domain_are_free_of_cycles =
      slices().matching("fr.unicamp.(*).domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packages_inside_the_webapp_are_free_of_cycles =
      slices().matching("fr.unicamp.webapp.(*)..").should().beFreeOfCycles();
}
