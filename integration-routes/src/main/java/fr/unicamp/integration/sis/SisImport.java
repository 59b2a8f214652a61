package fr.unicamp.integration.sis;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.common.infrastructure.csv.CsvWriteOptions;
import fr.unicamp.common.infrastructure.csv.FrenchCsvWriter;
import fr.unicamp.integration.sis.config.DailySchedule;
import fr.unicamp.integration.sis.file.SisReturnFile;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import fr.unicamp.integration.sis.run.SyncClaim;
import fr.unicamp.integration.sis.run.SyncCounts;
import fr.unicamp.integration.sis.run.SyncFlow;
import fr.unicamp.integration.sis.run.SyncRun;
import fr.unicamp.integration.sis.run.SyncRunOutcome;
import fr.unicamp.integration.sis.run.SyncRunStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies one return file of one university, all or nothing:
 *
 * <ol>
 *   <li>a content (SHA-256) already applied, under any name, changes nothing;
 *   <li>the run of (university, import, the date in the file name) is claimed, or the file is
 *       refused if that night was imported already;
 *   <li>the file is parsed in the university's encoding and every line checked, by the parser and
 *       by the {@link SisReturnApplier}; one rejected line and nothing is applied, the run FAILED
 *       with every rejected line;
 *   <li>otherwise the lines are applied and the checksum recorded in one transaction, the run DONE.
 * </ol>
 *
 * Any other failure (a database fault) marks the run FAILED with its cause and is rethrown, so the
 * route may retry: the retry claims the failed run again.
 */
public class SisImport {

  private static final Logger LOG = Logger.getLogger(SisImport.class.getName());

  /** What became of a file; the route moves it to {@code done/} unless rejected. */
  public enum Result {
    APPLIED,
    ALREADY_APPLIED
  }

  private final JdbcSyncRunStore runs;
  private final SisReturnApplier applier;
  private final SisTransactions transactions;
  private final Clock clock;
  private final String owner;

  public SisImport(
      JdbcSyncRunStore runs,
      SisReturnApplier applier,
      SisTransactions transactions,
      Clock clock,
      String owner) {
    this.runs = runs;
    this.applier = applier;
    this.transactions = transactions;
    this.clock = clock;
    this.owner = owner;
  }

  /**
   * @throws SisReturnRejectedException with the report when the file cannot be applied
   */
  public Result importFile(
      UniversityCode university, Charset encoding, String fileName, byte[] content) {
    String checksum = sha256(content);
    Optional<Long> appliedBy = runs.contentAppliedBy(university, SyncFlow.IMPORT, checksum);
    if (appliedBy.isPresent()) {
      LOG.info(
          () -> university + ": " + fileName + " holds what run " + appliedBy.get() + " applied");
      return Result.ALREADY_APPLIED;
    }
    LocalDate night =
        SisReturnFile.businessDateOf(fileName)
            .orElseGet(() -> LocalDate.now(clock.withZone(DailySchedule.BUSINESS_ZONE)));
    SyncClaim claim =
        runs.claim(university, SyncFlow.IMPORT, night, owner)
            .orElseThrow(() -> refused(university, night, fileName));
    try {
      SisReturnFile.Parsed parsed = SisReturnFile.parse(content, encoding);
      List<CsvLineError> rejections = new ArrayList<>(parsed.errors());
      if (!parsed.lines().isEmpty()) {
        rejections.addAll(applier.check(university, parsed.lines()));
      }
      rejections.sort(java.util.Comparator.comparingInt(CsvLineError::line));
      if (!rejections.isEmpty()) {
        int rejected = (int) rejections.stream().mapToInt(CsvLineError::line).distinct().count();
        String cause = rejected + " line(s) rejected: nothing applied";
        runs.fail(
            claim,
            new SyncRunOutcome(
                new SyncCounts(parsed.read(), 0, 0, 0, rejected),
                rejections,
                fileName,
                checksum,
                null,
                cause));
        throw new SisReturnRejectedException(fileName + ": " + cause, report(rejections));
      }
      SyncCounts counts =
          transactions.inNewTransaction(
              () -> {
                SyncCounts applied = applier.apply(university, parsed.lines());
                runs.recordContent(claim, checksum, fileName);
                return applied;
              });
      runs.finish(claim, new SyncRunOutcome(counts, List.of(), fileName, checksum, null, null));
      return Result.APPLIED;
    } catch (SisReturnRejectedException e) {
      throw e;
    } catch (RuntimeException e) {
      runs.fail(claim, SyncRunOutcome.failed(String.valueOf(e)));
      throw e;
    }
  }

  private SisReturnRejectedException refused(
      UniversityCode university, LocalDate night, String fileName) {
    Optional<SyncRun> run = runs.find(university, SyncFlow.IMPORT, night);
    String why =
        run.map(SyncRun::status).orElse(SyncRunStatus.RUNNING) == SyncRunStatus.DONE
            ? "error.sis.night-already-imported"
            : "error.sis.night-being-imported";
    return new SisReturnRejectedException(
        fileName + ": the return of " + night + " is done or in progress",
        report(List.of(CsvLineError.of(1, why, night.toString()))));
  }

  /** The rejected lines as a CSV a person can open: line, column, reason key, values. */
  static byte[] report(List<CsvLineError> rejections) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(bytes, CsvWriteOptions.forSpreadsheet())) {
      csv.header("ligne", "colonne", "motif", "valeurs");
      for (CsvLineError e : rejections) {
        csv.row(
            e.line(),
            e.column(),
            e.messageKey(),
            String.join(" | ", e.arguments().stream().map(String::valueOf).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
