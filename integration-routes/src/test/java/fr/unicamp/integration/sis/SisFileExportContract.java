package fr.unicamp.integration.sis;

import static fr.unicamp.integration.sis.testing.SisCamel.ULILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.sis.run.SyncFlow;
import fr.unicamp.integration.sis.run.SyncRun;
import fr.unicamp.integration.sis.run.SyncRunStatus;
import fr.unicamp.integration.sis.testing.ExportLines;
import fr.unicamp.integration.sis.testing.FakeEnrolments;
import fr.unicamp.integration.sis.testing.IntegrationDatabase;
import fr.unicamp.integration.sis.testing.SisCamel;
import fr.unicamp.integration.testing.EmbeddedFileServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The export of a file connector against a real server: the §5.5 layout in the outbox, written
 * under a temporary name then renamed, once per night across instances, and a failed upload retried
 * then reported on the run.
 */
abstract class SisFileExportContract {

  static final String OUTBOX = "ulille/outbox";
  static final String NOW = "direct:export-now";
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  final DataSource db = IntegrationDatabase.create("ULILLE");
  final FakeEnrolments enrolments =
      new FakeEnrolments()
          .with(ExportLines.line("ENR-1", "MARTIN"))
          .with(ExportLines.line("ENR-2", "=DURAND"));
  private final List<SisCamel> instances = new ArrayList<>();

  protected abstract EmbeddedFileServer server();

  protected abstract ConnectorKind kind();

  SisCamel instance(String owner, int port, Clock clock, boolean runNow) throws Exception {
    SisCamel instance =
        new SisCamel(
            SisCamel.settings(kind(), port, StandardCharsets.UTF_8),
            SisCamel.credentials(server()),
            db,
            enrolments,
            owner,
            clock);
    instances.add(instance);
    if (runNow) {
      AdviceWith.adviceWith(
          instance.camel, "ULILLE-" + kind().key() + "-export", a -> a.replaceFromWith(NOW));
    }
    instance.camel.start();
    return instance;
  }

  SisCamel instance(String owner) throws Exception {
    return instance(owner, server().port(), Clock.systemUTC(), true);
  }

  @AfterEach
  void stop_camel_before_the_server() {
    instances.forEach(SisCamel::close);
  }

  static void runNow(SisCamel instance, String night) {
    instance
        .camel
        .createProducerTemplate()
        .sendBodyAndHeader(NOW, null, SisConnectorRoutes.BUSINESS_DATE, night);
  }

  SyncRun run(SisCamel instance, String night) {
    return instance.runs.find(ULILLE, SyncFlow.EXPORT, LocalDate.parse(night)).orElseThrow();
  }

  @Test
  void writes_the_night_file_to_the_outbox_and_marks_the_enrolments_sent() throws Exception {
    SisCamel instance = instance("a");

    runNow(instance, "2026-11-30");

    assertThat(server().files(OUTBOX)).containsExactly("ia_ip_ULILLE_20261130.csv");
    byte[] file =
        Files.readAllBytes(server().home().resolve(OUTBOX + "/ia_ip_ULILLE_20261130.csv"));
    List<CsvRecord> rows = CsvReader.utf8().read(file).records();
    assertThat(rows).extracting(r -> r.get("nom_famille")).containsExactly("MARTIN", "'=DURAND");
    assertThat(enrolments.sent).containsExactly("ENR-1", "ENR-2");
    SyncRun run = run(instance, "2026-11-30");
    assertThat(run.status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run.counts().read()).isEqualTo(2);
    assertThat(run.checksum()).isEqualTo(SisImport.sha256(file));

    runNow(instance, "2026-11-30");
    assertThat(enrolments.queries).as("the night is done").hasValue(1);
  }

  @Test
  void the_next_night_sends_only_what_changed_since_the_last_export() throws Exception {
    SisCamel instance = instance("a");
    runNow(instance, "2026-11-30");
    enrolments.with(ExportLines.line("ENR-3", "PETIT", OffsetDateTime.now(ZoneOffset.UTC)));

    runNow(instance, "2026-12-01");

    byte[] file =
        Files.readAllBytes(server().home().resolve(OUTBOX + "/ia_ip_ULILLE_20261201.csv"));
    assertThat(CsvReader.utf8().read(file).records())
        .extracting(r -> r.get("reference_inscription"))
        .containsExactly("ENR-3");
  }

  @Test
  void two_instances_triggered_together_make_one_run_and_one_file() throws Exception {
    SisCamel a = instance("a");
    SisCamel b = instance("b");
    CountDownLatch go = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(() -> awaitThen(go, () -> runNow(a, "2026-11-30")));
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> awaitThen(go, () -> runNow(b, "2026-11-30")));
    go.countDown();
    CompletableFuture.allOf(first, second).get();

    assertThat(server().files(OUTBOX)).containsExactly("ia_ip_ULILLE_20261130.csv");
    assertThat(enrolments.queries).hasValue(1);
    assertThat(enrolments.sent).containsExactly("ENR-1", "ENR-2");
    assertThat(run(a, "2026-11-30").attempt()).isEqualTo(1);
  }

  @Test
  void an_unreachable_server_is_retried_then_fails_the_run_which_runs_again_later()
      throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SisCamel down = instance("a", closedPort, Clock.systemUTC(), true);

    runNow(down, "2026-11-30");

    SyncRun failed = run(down, "2026-11-30");
    assertThat(failed.status()).isEqualTo(SyncRunStatus.FAILED);
    assertThat(failed.cause()).containsIgnoringCase("connect");
    assertThat(enrolments.sent).isEmpty();
    assertThat(server().files(OUTBOX)).isEmpty();

    SisCamel up = instance("b");
    runNow(up, "2026-11-30");
    assertThat(run(up, "2026-11-30").status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run(up, "2026-11-30").attempt()).isEqualTo(2);
    assertThat(server().files(OUTBOX)).containsExactly("ia_ip_ULILLE_20261130.csv");
  }

  @Test
  void the_schedule_starts_the_night_once_its_time_has_come_in_paris() throws Exception {
    Clock at0131Paris = Clock.fixed(Instant.parse("2026-11-30T00:31:00Z"), ZoneOffset.UTC);

    instance("a", server().port(), at0131Paris, false);

    await()
        .atMost(PATIENCE)
        .until(() -> server().files(OUTBOX).contains("ia_ip_ULILLE_20261130.csv"));
    assertThat(server().files(OUTBOX)).as("the .part is renamed").hasSize(1);
  }

  @Test
  void nothing_runs_before_the_scheduled_time() throws Exception {
    Clock at0129Paris = Clock.fixed(Instant.parse("2026-11-30T00:29:00Z"), ZoneOffset.UTC);

    SisCamel instance = instance("a", server().port(), at0129Paris, false);

    await()
        .during(Duration.ofSeconds(2))
        .atMost(PATIENCE)
        .until(() -> instance.camel.getRoutes().size() == 2);
    assertThat(server().files(OUTBOX)).isEmpty();
    assertThat(instance.runs.find(ULILLE, SyncFlow.EXPORT, LocalDate.parse("2026-11-30")))
        .isEmpty();
  }

  private static void awaitThen(CountDownLatch go, Runnable work) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    work.run();
  }
}
