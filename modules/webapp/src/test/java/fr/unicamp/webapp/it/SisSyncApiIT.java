package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import fr.unicamp.integration.sis.run.SyncClaim;
import fr.unicamp.integration.sis.run.SyncFlow;
import fr.unicamp.integration.sis.run.SyncRunOutcome;
import fr.unicamp.integration.sis.run.SyncRunStatus;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SIS synchronisation foundation in the deployed WAR on PostgreSQL: the {@code integration}
 * migrations run from the module jar, the application starts with the SIS routes builder, and the
 * run claim holds on the real database when instances race for the same night.
 */
@ExtendWith(ArquillianExtension.class)
class SisSyncApiIT {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  private static PGSimpleDataSource database() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(System.getenv("UNICAMP_DB_URL"));
    Optional.ofNullable(System.getenv("UNICAMP_DB_USER")).ifPresent(ds::setUser);
    Optional.ofNullable(System.getenv("UNICAMP_DB_PASSWORD")).ifPresent(ds::setPassword);
    return ds;
  }

  /** A night no other test uses. */
  private static LocalDate someNight() {
    return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
  }

  @Test
  void the_application_starts_with_the_integration_schema_migrated() throws Exception {
    var status = new Api(url).get("admin", "api/integration/status");
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    assertThat(status.object().getString("camel")).isEqualTo("Started");

    try (Connection c = database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT MAX(version) FROM flyway_history_integration WHERE success = TRUE")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("1");
    }
  }

  @Test
  void eight_instances_racing_for_one_night_on_postgresql_get_one_run() throws Exception {
    JdbcSyncRunStore store =
        new JdbcSyncRunStore(database(), Clock.systemUTC(), Duration.ofMinutes(30));
    LocalDate night = someNight();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<SyncClaim>>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String owner = "it-" + i;
      claims.add(
          pool.submit(
              () -> {
                go.await();
                return store.claim(ULILLE, SyncFlow.EXPORT, night, owner);
              }));
    }
    go.countDown();
    List<SyncClaim> won = new ArrayList<>();
    for (Future<Optional<SyncClaim>> claim : claims) {
      claim.get().ifPresent(won::add);
    }
    pool.shutdown();

    assertThat(won).hasSize(1);
    store.fail(won.get(0), SyncRunOutcome.failed("the SFTP server did not answer"));
    assertThat(store.find(ULILLE, SyncFlow.EXPORT, night).orElseThrow().status())
        .isEqualTo(SyncRunStatus.FAILED);
    assertThat(store.claim(ULILLE, SyncFlow.EXPORT, night, "it-retry").orElseThrow().attempt())
        .isEqualTo(2);
  }
}
