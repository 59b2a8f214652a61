package fr.unicamp.webapp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every container test deploys: the WAR the build produced, exactly as users run it.
 * Refuses to start without the test database that {@code bin/test} creates, rather than letting
 * Payara fall back to the embedded H2 default.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive unicampWar() {
    String db = System.getenv("UNICAMP_DB_URL");
    if (db == null || !db.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException(
          "Container tests need a PostgreSQL database: run bin/test, or pass"
              + " -Dunicamp.test.db.url=jdbc:postgresql://... to ./mvnw verify");
    }
    File war = new File(System.getProperty("unicamp.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
