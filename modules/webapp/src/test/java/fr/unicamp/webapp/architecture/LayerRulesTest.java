package fr.unicamp.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

/**
 * Layers inside a module: the domain is plain Java (JPA mapping annotations allowed) and knows no
 * service, adapter or web class; application services know no web class. Entity managers come from
 * the tenant-scoped producer only.
 */
@AnalyzeClasses(packages = "fr.unicamp", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

  @ArchTest
  static final ArchRule the_domain_knows_no_other_layer =
      noClasses()
          .that()
          .resideInAPackage("fr.unicamp.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fr.unicamp.*.application..", "fr.unicamp.*.infrastructure..", "fr.unicamp.*.web..");

  @ArchTest
  static final ArchRule the_domain_needs_no_container =
      noClasses()
          .that()
          .resideInAPackage("fr.unicamp.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.ejb..",
              "jakarta.transaction..",
              "jakarta.ws.rs..",
              "jakarta.faces..",
              "jakarta.servlet..",
              "org.apache.camel..");

  @ArchTest
  static final ArchRule application_services_know_no_web_class =
      noClasses()
          .that()
          .resideInAPackage("fr.unicamp.*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("fr.unicamp.*.web..", "jakarta.ws.rs..", "jakarta.faces..");

  @ArchTest
  static final ArchRule entity_managers_come_from_the_tenant_scoped_producer =
      noFields()
          .that()
          .areAnnotatedWith(PersistenceContext.class)
          .or()
          .areAnnotatedWith(PersistenceUnit.class)
          .should()
          .beDeclaredInClassesThat()
          .resideOutsideOfPackage("fr.unicamp.common.infrastructure")
          .because("every query must go through the tenant-scoped entity manager");

  @ArchTest static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
