package fr.unicamp.integration.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeartbeatRoutesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final RecordingHeartbeat heartbeat = new RecordingHeartbeat();
  private CamelContext camel;

  @BeforeEach
  void add_the_route_with_a_short_period() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("unicamp.integration.heartbeat-period", "100ms");
    HeartbeatRoutes routes = new HeartbeatRoutes();
    routes.heartbeat = heartbeat;
    camel = new DefaultCamelContext();
    camel.getPropertiesComponent().setInitialProperties(properties);
    camel.addRoutes(routes);
  }

  @AfterEach
  void stop_camel() throws Exception {
    camel.close();
  }

  @Test
  void beats_repeatedly_under_its_route_id() {
    camel.start();

    await().atMost(PATIENCE).until(() -> heartbeat.beats.size() >= 3);
    assertThat(heartbeat.beats).containsOnly(HeartbeatRoutes.ROUTE_ID);
  }

  @Test
  void keeps_beating_after_a_beat_fails() {
    heartbeat.failFirstBeat = true;
    NotifyBuilder failed = new NotifyBuilder(camel).whenFailed(1).create();
    camel.start();

    await().atMost(PATIENCE).until(() -> heartbeat.beats.size() >= 3);
    assertThat(failed.matches(0, TimeUnit.SECONDS)).as("the first beat failed").isTrue();
    assertThat(camel.getRouteController().getRouteStatus(HeartbeatRoutes.ROUTE_ID))
        .isEqualTo(ServiceStatus.Started);
  }

  /** Records beats instead of writing the audit trail; can fail the first one. */
  private static final class RecordingHeartbeat extends Heartbeat {

    final List<String> beats = new CopyOnWriteArrayList<>();
    volatile boolean failFirstBeat;

    @Override
    public void beat(String routeId) {
      beats.add(routeId);
      if (failFirstBeat && beats.size() == 1) {
        throw new IllegalStateException("the audit trail is unavailable");
      }
    }
  }
}
