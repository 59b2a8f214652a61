package fr.unicamp.integration.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every remote inbox consumer must do, whatever the protocol: take a complete file from {@code
 * inbox}, process it, and move it to {@code inbox/done}, or to {@code inbox/failed} when processing
 * throws. The endpoint is written once, here, with the options SIS connectors are to use.
 */
abstract class RemoteInboxRouteContract {

  private static final String FILE = "enrolments.csv";
  private static final String CONTENT = "student;course\n22001;MC-101\n22002;MC-101\n";
  private static final String PROCESSED = "mock:processed";
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private CamelContext camel;

  protected abstract EmbeddedFileServer server();

  /** The options only this protocol has (passive mode, host-key checking...). */
  protected abstract String protocolOptions();

  @BeforeEach
  void start_a_route_on_the_inbox() throws Exception {
    Files.createDirectories(server().home().resolve("inbox"));
    camel = new DefaultCamelContext();
    camel.getShutdownStrategy().setTimeout(5);
    camel.getPropertiesComponent().setInitialProperties(connection());
    camel.addRoutes(
        new RouteBuilder() {
          @Override
          public void configure() {
            from(inboxUri())
                .routeId("test-remote-inbox")
                .process(
                    exchange -> {
                      String body = exchange.getMessage().getBody(String.class);
                      exchange.getMessage().setHeader("lines", body.lines().count());
                      exchange.getMessage().setBody(body);
                    })
                .to(PROCESSED);
          }
        });
    camel.start();
  }

  @AfterEach
  void stop_camel_before_the_server() throws Exception {
    camel.close();
  }

  @Test
  void moves_a_processed_file_to_done() throws Exception {
    MockEndpoint processed = camel.getEndpoint(PROCESSED, MockEndpoint.class);
    processed.expectedBodiesReceived(CONTENT);
    processed.expectedHeaderReceived("lines", 3L);

    server().drop("inbox", FILE, CONTENT);

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(server().files("inbox/done")).contains(FILE));
    processed.assertIsSatisfied();
    assertThat(server().files("inbox")).isEmpty();
    assertThat(server().read("inbox/done", FILE)).isEqualTo(CONTENT);
    assertThat(server().files("inbox/failed")).isEmpty();
  }

  @Test
  void moves_a_file_whose_processing_throws_to_failed() throws Exception {
    MockEndpoint processed = camel.getEndpoint(PROCESSED, MockEndpoint.class);
    processed.expectedMessageCount(1);
    processed.whenAnyExchangeReceived(
        exchange -> {
          throw new IllegalStateException("the SIS rejected the file");
        });
    NotifyBuilder failed = new NotifyBuilder(camel).whenFailed(1).create();

    server().drop("inbox", FILE, CONTENT);

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(server().files("inbox/failed")).contains(FILE));
    assertThat(failed.matches(0, TimeUnit.SECONDS)).as("the exchange failed").isTrue();
    processed.assertIsSatisfied();
    assertThat(server().files("inbox")).isEmpty();
    assertThat(server().read("inbox/failed", FILE)).isEqualTo(CONTENT);
    assertThat(server().files("inbox/done")).isEmpty();
  }

  private String inboxUri() {
    return server().scheme()
        + "://{{sis.host}}:{{sis.port}}/inbox"
        + "?username={{sis.username}}&password=RAW({{sis.password}})"
        + "&autoCreate=false&initialDelay=0&delay=200"
        + "&readLock=changed&readLockCheckInterval=100"
        + "&move=done&moveFailed=failed&"
        + protocolOptions();
  }

  /** Set the way MicroProfile Config will set them in production: as properties, not in the URI. */
  private Properties connection() {
    Properties properties = new Properties();
    properties.setProperty("sis.host", server().host());
    properties.setProperty("sis.port", String.valueOf(server().port()));
    properties.setProperty("sis.username", server().user());
    properties.setProperty("sis.password", server().password());
    return properties;
  }
}
