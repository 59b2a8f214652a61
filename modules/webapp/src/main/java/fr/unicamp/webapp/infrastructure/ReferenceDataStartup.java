package fr.unicamp.webapp.infrastructure;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.UniversityRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After the migrations: brings the universities in line with {@code config/}, then loads the demo
 * data on a first start where it is enabled.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceDataStartup {

  private static final Logger LOG = Logger.getLogger(ReferenceDataStartup.class.getName());

  @Inject CurrentActor currentActor;
  @Inject UniversityRegistry universities;
  @Inject DemoData demoData;

  @PostConstruct
  void load() {
    currentActor.runAsSystem(
        "startup",
        () -> {
          int changed = universities.syncFromConfiguration();
          LOG.info(() -> "Universities in line with configuration (" + changed + " changed)");
          demoData.loadOnFirstStart();
        });
  }
}
