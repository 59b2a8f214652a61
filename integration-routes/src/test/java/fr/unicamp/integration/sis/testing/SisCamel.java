package fr.unicamp.integration.sis.testing;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.integration.sis.SisConnectorRoutes;
import fr.unicamp.integration.sis.SisExport;
import fr.unicamp.integration.sis.SisImport;
import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.sis.config.DailySchedule;
import fr.unicamp.integration.sis.config.SisConnectorSettings;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import fr.unicamp.integration.testing.EmbeddedFileServer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One application instance's SIS routes for one university, on a fresh CamelContext with short
 * delays; not started, so a test may advise its routes first.
 */
public final class SisCamel implements AutoCloseable {

  public static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  public static final String USER_ENV = "UNICAMP_SIS_ULILLE_USER";
  public static final String PASSWORD_ENV = "UNICAMP_SIS_ULILLE_PASSWORD";

  public final CamelContext camel;
  public final JdbcSyncRunStore runs;

  public SisCamel(
      SisConnectorSettings settings,
      Map<String, String> environment,
      DataSource db,
      FakeEnrolments enrolments,
      String owner)
      throws Exception {
    this(settings, environment, db, enrolments, owner, Clock.systemUTC());
  }

  public SisCamel(
      SisConnectorSettings settings,
      Map<String, String> environment,
      DataSource db,
      FakeEnrolments enrolments,
      String owner,
      Clock clock)
      throws Exception {
    runs = new JdbcSyncRunStore(db, clock, Duration.ofMinutes(30));
    SisImport imports = new SisImport(runs, enrolments, new DirectTransactions(), clock, owner);
    SisExport exports = new SisExport(runs, enrolments, clock, owner);
    camel = new DefaultCamelContext();
    camel.getShutdownStrategy().setTimeout(5);
    camel.getPropertiesComponent().setInitialProperties(fast());
    camel.addRoutes(
        new SisConnectorRoutes(
            List.of(settings),
            imports,
            exports,
            name -> Optional.ofNullable(environment.get(name)),
            clock));
  }

  /** ULILLE's file connector on this server, under the folder {@code ulille}. */
  public static SisConnectorSettings settings(
      ConnectorKind kind, EmbeddedFileServer server, Charset encoding) {
    return settings(kind, server.port(), encoding);
  }

  public static SisConnectorSettings settings(ConnectorKind kind, int port, Charset encoding) {
    return new SisConnectorSettings(
        ULILLE,
        kind,
        true,
        "127.0.0.1",
        port,
        "ulille",
        null,
        Optional.of(USER_ENV),
        PASSWORD_ENV,
        encoding,
        DailySchedule.parse("30 1 * * *"));
  }

  public static Map<String, String> credentials(EmbeddedFileServer server) {
    return Map.of(USER_ENV, server.user(), PASSWORD_ENV, server.password());
  }

  private static Properties fast() {
    Properties p = new Properties();
    p.setProperty("unicamp.sis.import-poll-delay", "100");
    p.setProperty("unicamp.sis.read-lock-check-interval", "400");
    p.setProperty("unicamp.sis.read-lock-min-age", "0");
    p.setProperty("unicamp.sis.read-lock-timeout", "10000");
    p.setProperty("unicamp.sis.redeliveries", "2");
    p.setProperty("unicamp.sis.redelivery-delay", "50");
    p.setProperty("unicamp.sis.schedule-check", "3600000");
    p.setProperty("unicamp.sis.sftp.strict-host-key-checking", "no");
    p.setProperty("unicamp.sis.sftp.use-known-hosts", "false");
    return p;
  }

  @Override
  public void close() {
    camel.stop();
  }
}
