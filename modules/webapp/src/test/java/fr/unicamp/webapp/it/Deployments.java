package fr.unicamp.webapp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every container test deploys: the WAR the build produced, exactly as users run it.
 * Each suite says which database it needs; failsafe gives the Payara JVM its URL. A suite refuses
 * to start on another database rather than let Payara fall back to a default.
 */
final class Deployments {

  private Deployments() {}

  /** For suites that need PostgreSQL, the production database ({@code bin/test} creates one). */
  static WebArchive onPostgresql() {
    return on(
        "jdbc:postgresql:",
        "run bin/test, or pass -Dunicamp.test.db.url=jdbc:postgresql://... to ./mvnw verify");
  }

  /** For suites that show what {@code bin/run} shows: the embedded H2 database with demo data. */
  static WebArchive onEmbeddedH2() {
    return on("jdbc:h2:", "the it-h2-demo failsafe execution sets it");
  }

  private static WebArchive on(String urlPrefix, String hint) {
    String db = System.getenv("UNICAMP_DB_URL");
    if (db == null || !db.startsWith(urlPrefix)) {
      throw new IllegalStateException(
          "This suite needs UNICAMP_DB_URL starting with "
              + urlPrefix
              + " (was "
              + db
              + "): "
              + hint);
    }
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("unicamp.war")));
  }
}
