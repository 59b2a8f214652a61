package fr.unicamp.integration.sis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.sis.config.DailySchedule;
import fr.unicamp.integration.sis.config.SisConnectorSettings;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import fr.unicamp.integration.sis.testing.DirectTransactions;
import fr.unicamp.integration.sis.testing.FakeEnrolments;
import fr.unicamp.integration.sis.testing.IntegrationDatabase;
import fr.unicamp.integration.sis.testing.SisCamel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the container's builder turns configuration into templates and routes. */
class SisRoutesTest {

  private final JdbcSyncRunStore runs =
      new JdbcSyncRunStore(IntegrationDatabase.create("ULILLE"), Clock.systemUTC(), Duration.ZERO);
  private final FakeEnrolments enrolments = new FakeEnrolments();
  private final DefaultCamelContext camel = new DefaultCamelContext();

  @AfterEach
  void stop() {
    camel.stop();
  }

  private static SisConnectorSettings sftp(boolean enabled) {
    SisConnectorSettings s =
        SisCamel.settings(ConnectorKind.CSV_SFTP, 2222, StandardCharsets.UTF_8);
    return new SisConnectorSettings(
        s.university(),
        s.kind(),
        enabled,
        s.host(),
        s.port(),
        s.path(),
        null,
        s.usernameEnv(),
        s.secretEnv(),
        s.encoding(),
        DailySchedule.parse("0 2 * * *"));
  }

  private SisConnectorRoutes routes(
      List<SisConnectorSettings> connectors, Map<String, String> env, boolean portsDeployed) {
    return SisRoutes.connectors(
        connectors,
        name -> Optional.ofNullable(env.get(name)),
        runs,
        () -> portsDeployed ? enrolments : fail(),
        () -> portsDeployed ? enrolments : fail(),
        new DirectTransactions());
  }

  private static <T> T fail() {
    throw new IllegalStateException("no port deployed");
  }

  @Test
  void one_route_per_flow_and_enabled_university_with_ids_naming_both() throws Exception {
    Map<String, String> env = Map.of(SisCamel.USER_ENV, "u", SisCamel.PASSWORD_ENV, "p");

    routes(List.of(sftp(true)), env, true).addRoutesToCamelContext(camel);

    assertThat(camel.getRouteDefinitions())
        .extracting(r -> r.getRouteId())
        .containsExactlyInAnyOrder("ULILLE-csv-sftp-import", "ULILLE-csv-sftp-export");
  }

  @Test
  void a_disabled_connector_has_no_route_and_needs_no_port_nor_credentials() throws Exception {
    routes(List.of(sftp(false)), Map.of(), false).addRoutesToCamelContext(camel);

    assertThat(camel.getRouteDefinitions()).isEmpty();
    assertThat(camel.getRouteTemplateDefinitions())
        .extracting(t -> t.getId())
        .containsExactlyInAnyOrder(
            "csv-sftp-import", "csv-sftp-export", "csv-ftp-import", "csv-ftp-export");
  }

  @Test
  void an_enabled_connector_without_its_credentials_names_the_variable() {
    assertThatThrownBy(
            () ->
                routes(List.of(sftp(true)), Map.of(SisCamel.USER_ENV, "u"), true)
                    .addRoutesToCamelContext(camel))
        .hasStackTraceContaining("ULILLE")
        .hasStackTraceContaining(SisCamel.PASSWORD_ENV + " is not set");
  }
}
