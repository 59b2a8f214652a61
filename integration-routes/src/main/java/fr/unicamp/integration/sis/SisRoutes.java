package fr.unicamp.integration.sis;

import fr.unicamp.common.application.UniversityRegistry;
import fr.unicamp.integration.sis.config.SisConnectorSettings;
import fr.unicamp.integration.sis.config.SisConnectorSettingsReader;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.Config;

/**
 * The SIS connectors as {@code CamelBootstrap} finds them: reads and validates every university's
 * connector settings (a mistake stops start-up, naming the university and the key), then adds the
 * route templates and one route per flow and enabled university ({@link SisConnectorRoutes}).
 * Credentials are read from the environment variables the settings name, through MicroProfile
 * Config.
 */
@Dependent
public class SisRoutes extends RouteBuilder {

  private static final Logger LOG = Logger.getLogger(SisRoutes.class.getName());

  @Inject Config config;
  @Inject UniversityRegistry universities;
  @Inject Instance<SisExportSource> exportSources;
  @Inject Instance<SisReturnApplier> returnAppliers;
  @Inject JtaSisTransactions transactions;

  @Resource(lookup = "java:app/jdbc/unicamp")
  DataSource dataSource;

  @Override
  public void addRoutesToCamelContext(CamelContext context) throws Exception {
    Function<String, Optional<String>> lookup = key -> config.getOptionalValue(key, String.class);
    List<SisConnectorSettings> connectors =
        new SisConnectorSettingsReader(lookup).readAll(universities.configuredCodes());
    Duration staleAfter =
        Duration.ofMinutes(
            config.getOptionalValue("unicamp.sis.stale-after-minutes", Long.class).orElse(30L));
    connectors(
            connectors,
            lookup,
            new JdbcSyncRunStore(dataSource, Clock.systemUTC(), staleAfter),
            () -> only(exportSources, SisExportSource.class),
            () -> only(returnAppliers, SisReturnApplier.class),
            transactions)
        .addRoutesToCamelContext(context);
  }

  /** The connector routes; the enrolment ports are looked up only if a connector is enabled. */
  static SisConnectorRoutes connectors(
      List<SisConnectorSettings> connectors,
      Function<String, Optional<String>> environment,
      JdbcSyncRunStore runs,
      Supplier<SisExportSource> exportSource,
      Supplier<SisReturnApplier> returnApplier,
      SisTransactions transactions) {
    long enabled = connectors.stream().filter(SisConnectorSettings::enabled).count();
    LOG.info(() -> connectors.size() + " SIS connector(s) configured, " + enabled + " enabled");
    Clock clock = Clock.systemUTC();
    String owner = owner();
    SisImport imports =
        enabled == 0 ? null : new SisImport(runs, returnApplier.get(), transactions, clock, owner);
    SisExport exports = enabled == 0 ? null : new SisExport(runs, exportSource.get(), clock, owner);
    return new SisConnectorRoutes(connectors, imports, exports, environment, clock);
  }

  private static <T> T only(Instance<T> beans, Class<T> port) {
    if (!beans.isResolvable()) {
      throw new IllegalStateException(
          "a SIS connector is enabled but no single "
              + port.getSimpleName()
              + " implementation is deployed");
    }
    return beans.get();
  }

  /** Who claims runs: this host and this start of the application. */
  private static String owner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String id = host + "/" + UUID.randomUUID();
    return id.length() <= 100 ? id : id.substring(id.length() - 100);
  }

  @Override
  public void configure() {
    // everything happens in addRoutesToCamelContext, once the settings are read
  }
}
