package fr.unicamp.integration.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;

/**
 * Owns the one CamelContext of the application (Camel 4 has no CDI module). It starts after the
 * database migrations, adds every {@link RoutesBuilder} that CDI knows, and stops the context
 * before the application goes away, so no route runs against a closed data source.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Inject @Any Instance<RoutesBuilder> routeBuilders;
  @Inject Config config;

  @Resource ManagedThreadFactory managedThreads;

  private CamelContext camel;

  @PostConstruct
  void start() {
    camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("unicamp");
    camel
        .getExecutorServiceManager()
        .setThreadPoolFactory(new ManagedThreadPoolFactory(managedThreads));
    camel.getPropertiesComponent().addPropertiesSource(new MicroProfilePropertiesSource(config));
    try {
      for (RoutesBuilder builder : routeBuilders) {
        camel.addRoutes(builder);
      }
      camel.start();
    } catch (Exception e) {
      throw new IllegalStateException("Camel could not start its routes", e);
    }
    LOG.info(() -> "Camel started with " + camel.getRoutes().size() + " routes");
  }

  @PreDestroy
  void stop() {
    if (camel != null) {
      camel.shutdown();
      LOG.info("Camel stopped");
    }
  }

  public CamelContext context() {
    return camel;
  }

  public ServiceStatus status() {
    return camel == null ? ServiceStatus.Stopped : camel.getStatus();
  }
}
