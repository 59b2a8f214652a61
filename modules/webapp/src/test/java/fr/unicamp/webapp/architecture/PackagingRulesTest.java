package fr.unicamp.webapp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the container cannot check for us: entity registration and package documentation. */
class PackagingRulesTest {

  /** The repository root, seen from the webapp module where surefire runs. */
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void every_entity_is_listed_in_the_persistence_unit() throws IOException {
    String persistenceXml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      persistenceXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> entities =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.unicamp")
                .stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName)
                .toList();
    assertThat(entities).isNotEmpty();
    assertThat(entities)
        .allSatisfy(entity -> assertThat(persistenceXml).contains("<class>" + entity + "</class>"));
  }

  @Test
  void every_main_package_says_what_it_is_for() throws IOException {
    List<Path> undocumented;
    try (Stream<Path> files = Files.walk(ROOT)) {
      undocumented =
          files
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> p.toString().endsWith(".java"))
              .map(Path::getParent)
              .distinct()
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .map(ROOT::relativize)
              .toList();
    }
    assertThat(undocumented).isEmpty();
  }
}
