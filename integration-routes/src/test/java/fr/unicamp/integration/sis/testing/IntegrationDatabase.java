package fr.unicamp.integration.sis.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database (MODE=LEGACY, as the demo) migrated the way {@code
 * DatabaseMigrations} does it: {@code common} then {@code integration}, each with its own history
 * table, with the universities the tests use.
 */
public final class IntegrationDatabase {

  /** Flyway reports every step at INFO; held here because the JDK keeps loggers only weakly. */
  private static final java.util.logging.Logger QUIETER = quieter();

  private IntegrationDatabase() {}

  private static java.util.logging.Logger quieter() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  public static DataSource create(String... universities) {
    QUIETER.getLevel();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:sis-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    for (String module : new String[] {"common", "integration"}) {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration/" + module)
          .table("flyway_history_" + module)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
    try (Connection c = ds.getConnection();
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO university (code, name) VALUES (?, ?)")) {
      for (String code : universities) {
        insert.setString(1, code);
        insert.setString(2, "Université " + code);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }
}
