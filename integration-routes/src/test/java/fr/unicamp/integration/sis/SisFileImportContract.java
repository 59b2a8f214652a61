package fr.unicamp.integration.sis;

import static fr.unicamp.integration.sis.testing.SisCamel.ULILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.sis.run.SyncFlow;
import fr.unicamp.integration.sis.run.SyncRun;
import fr.unicamp.integration.sis.run.SyncRunStatus;
import fr.unicamp.integration.sis.testing.ExportLines;
import fr.unicamp.integration.sis.testing.FakeEnrolments;
import fr.unicamp.integration.sis.testing.IntegrationDatabase;
import fr.unicamp.integration.sis.testing.SisCamel;
import fr.unicamp.integration.testing.EmbeddedFileServer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The import guarantees of a file connector, against a real server of its protocol: complete files
 * only, all or nothing with a report, done/ or failed/ and never deleted, the same content applied
 * once, network and database faults retried.
 */
abstract class SisFileImportContract {

  static final String INBOX = "ulille/inbox";
  static final String HEADER =
      "reference_inscription;statut;num_etudiant;ine;statut_ia;statut_ip;motif_rejet;note_finale;"
          + "resultat_final;date_maj\r\n";
  static final String ENR1 = "ENR-1;CONFIRME;21901234;;E;VALIDE;;;;2026-11-29T02:10:00\r\n";
  static final String ENR2 = "ENR-2;REJETE;;;;;Pièce d'identité manquante;;;2026-11-29T02:10\r\n";
  static final String NIGHT = "ia_ip_retour_ULILLE_20261129.csv";
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  final DataSource db = IntegrationDatabase.create("ULILLE");
  final FakeEnrolments enrolments =
      new FakeEnrolments()
          .with(ExportLines.line("ENR-1", "MARTIN"))
          .with(ExportLines.line("ENR-2", "DURAND"));
  private SisCamel instance;

  protected abstract EmbeddedFileServer server();

  protected abstract ConnectorKind kind();

  SisCamel start(Charset encoding) throws Exception {
    instance =
        new SisCamel(
            SisCamel.settings(kind(), server(), encoding),
            SisCamel.credentials(server()),
            db,
            enrolments,
            "instance-1");
    instance.camel.start();
    return instance;
  }

  @AfterEach
  void stop_camel_before_the_server() {
    if (instance != null) {
      instance.close();
    }
  }

  SyncRun run(String date) {
    return instance.runs.find(ULILLE, SyncFlow.IMPORT, LocalDate.parse(date)).orElseThrow();
  }

  void awaitFiles(String folder, int count) {
    await().atMost(PATIENCE).until(() -> server().files(folder).size() >= count);
  }

  @Test
  void applies_a_return_and_moves_it_to_done() throws Exception {
    start(StandardCharsets.UTF_8);

    String withBom = "\uFEFF" + HEADER + ENR1 + ENR2;
    server().drop(INBOX, NIGHT, withBom);

    awaitFiles(INBOX + "/done", 1);
    assertThat(server().files(INBOX + "/done")).singleElement().asString().endsWith("-" + NIGHT);
    assertThat(server().files(INBOX)).isEmpty();
    assertThat(enrolments.state("ENR-1").orElseThrow().studentNumber()).isEqualTo("21901234");
    assertThat(enrolments.state("ENR-2").orElseThrow().reason())
        .isEqualTo("Pièce d'identité manquante");
    SyncRun run = run("2026-11-29");
    assertThat(run.status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run.counts().read()).isEqualTo(2);
    assertThat(run.counts().created()).isEqualTo(2);
    assertThat(run.fileName()).isEqualTo(NIGHT);
    assertThat(run.checksum())
        .isEqualTo(SisImport.sha256(withBom.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void the_same_content_again_under_the_same_or_another_name_changes_nothing() throws Exception {
    start(StandardCharsets.UTF_8);
    String content = HEADER + ENR1 + ENR2;

    server().drop(INBOX, NIGHT, content);
    awaitFiles(INBOX + "/done", 1);
    server().drop(INBOX, NIGHT, content);
    awaitFiles(INBOX + "/done", 2);
    server().drop(INBOX, "ia_ip_retour_ULILLE_20261130.csv", content);
    awaitFiles(INBOX + "/done", 3);

    assertThat(enrolments.applies).hasValue(1);
    assertThat(instance.runs.find(ULILLE, SyncFlow.IMPORT, LocalDate.parse("2026-11-30")))
        .isEmpty();
    assertThat(server().files(INBOX + "/failed")).isEmpty();
  }

  @Test
  void a_file_with_a_bad_line_goes_to_failed_with_its_report_and_nothing_applied()
      throws Exception {
    start(StandardCharsets.UTF_8);
    String unknown = "ENR-9;CONFIRME;21900009;;;;;;;2026-11-29T02:10:00\r\n";

    server().drop(INBOX, NIGHT, HEADER + ENR1 + unknown + ENR2.replace(";2026", ";;2026"));

    awaitFiles(INBOX + "/failed", 2);
    List<String> failed = server().files(INBOX + "/failed");
    String report = failed.stream().filter(n -> n.endsWith(".report.csv")).findFirst().get();
    assertThat(failed).anyMatch(n -> n.endsWith("-" + NIGHT));
    assertThat(server().read(INBOX + "/failed", report))
        .contains("3;reference_inscription;error.sis.unknown-enrolment;ENR-9")
        .contains("4;;error.csv.column-count;10 | 11");
    assertThat(enrolments.applies).hasValue(0);
    assertThat(enrolments.state("ENR-1")).isEmpty();
    SyncRun run = run("2026-11-29");
    assertThat(run.status()).isEqualTo(SyncRunStatus.FAILED);
    assertThat(run.counts().rejected()).isEqualTo(2);
    assertThat(instance.runs.rejections(run.id())).hasSize(2);
    assertThat(server().files(INBOX + "/done")).isEmpty();
  }

  @Test
  void a_corrected_file_for_a_failed_night_is_applied() throws Exception {
    start(StandardCharsets.UTF_8);
    server().drop(INBOX, NIGHT, HEADER + "ENR-1;CONFIRME;;;;;;;;2026-11-29T02:10:00\r\n");
    awaitFiles(INBOX + "/failed", 2);

    server().drop(INBOX, NIGHT, HEADER + ENR1);

    awaitFiles(INBOX + "/done", 1);
    assertThat(run("2026-11-29").status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run("2026-11-29").attempt()).isEqualTo(2);
  }

  @Test
  void a_half_uploaded_file_is_read_only_once_complete() throws Exception {
    start(StandardCharsets.UTF_8);
    byte[] whole = (HEADER + ENR1 + ENR2).getBytes(StandardCharsets.UTF_8);
    Path target = Files.createDirectories(server().home().resolve(INBOX)).resolve(NIGHT);
    int chunk = whole.length / 10 + 1;

    for (int from = 0; from < whole.length; from += chunk) {
      int to = Math.min(whole.length, from + chunk);
      Files.write(
          target,
          java.util.Arrays.copyOfRange(whole, from, to),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Thread.sleep(150);
      assertThat(server().files(INBOX + "/done")).as("read before complete").isEmpty();
    }

    awaitFiles(INBOX + "/done", 1);
    assertThat(server().files(INBOX + "/failed")).isEmpty();
    assertThat(run("2026-11-29").counts().read()).isEqualTo(2);
    assertThat(run("2026-11-29").status()).isEqualTo(SyncRunStatus.DONE);
  }

  @Test
  void a_database_fault_is_retried_and_the_file_applied_once() throws Exception {
    enrolments.failingApplies = 1;
    start(StandardCharsets.UTF_8);

    server().drop(INBOX, NIGHT, HEADER + ENR1);

    awaitFiles(INBOX + "/done", 1);
    assertThat(enrolments.applies).hasValue(1);
    assertThat(run("2026-11-29").status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run("2026-11-29").attempt()).isEqualTo(2);
  }

  @Test
  void reads_windows_1252_when_configured_and_reports_an_empty_file() throws Exception {
    start(Charset.forName("windows-1252"));

    server().drop(INBOX, "empty_20261128.csv", "");
    awaitFiles(INBOX + "/failed", 2);
    Path cp1252 = server().home().resolve(INBOX).resolve(NIGHT + ".tmp");
    Files.write(cp1252, (HEADER + ENR1 + ENR2).getBytes(Charset.forName("windows-1252")));
    Files.move(cp1252, cp1252.resolveSibling(NIGHT));

    awaitFiles(INBOX + "/done", 1);
    assertThat(enrolments.state("ENR-2").orElseThrow().reason())
        .isEqualTo("Pièce d'identité manquante");
    assertThat(run("2026-11-28").status()).isEqualTo(SyncRunStatus.FAILED);
    assertThat(instance.runs.rejections(run("2026-11-28").id()))
        .extracting(e -> e.messageKey())
        .containsExactly("error.csv.empty");
  }
}
