package fr.unicamp.common.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches it. Each module owns its migrations
 * ({@code db/migration/<module>}, plus {@code db/vendor/<vendor>/<module>} where SQL cannot be
 * portable) and its own history table, and modules migrate in the order data flows, so a module
 * only ever references tables of modules before it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "java:app/jdbc/unicamp")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "unicamp.db.migration-modules")
  List<String> modules;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String module : modules) {
      List<String> locations =
          List.of("db/migration/" + module, "db/vendor/" + vendor + "/" + module).stream()
              .filter(folder -> loader.getResource(folder) != null)
              .map(folder -> "classpath:" + folder)
              .toList();
      if (locations.isEmpty()) {
        continue;
      }
      var result =
          Flyway.configure(loader)
              .dataSource(dataSource)
              .locations(locations.toArray(String[]::new))
              .table("flyway_history_" + module)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Schema of module "
                  + module
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + result.targetSchemaVersion);
    }
  }

  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }
}
