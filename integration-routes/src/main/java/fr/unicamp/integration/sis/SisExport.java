package fr.unicamp.integration.sis;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.integration.sis.file.SisExportFile;
import fr.unicamp.integration.sis.run.JdbcSyncRunStore;
import fr.unicamp.integration.sis.run.SyncClaim;
import fr.unicamp.integration.sis.run.SyncCounts;
import fr.unicamp.integration.sis.run.SyncFlow;
import fr.unicamp.integration.sis.run.SyncRunOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Prepares and closes one university's nightly export. {@link #prepare} claims the run of
 * (university, export, night) and builds the file of every enrolment changed since the last DONE
 * export; the route uploads it; then {@link #sent} or {@link #failed} ends the run.
 */
public class SisExport {

  private final JdbcSyncRunStore runs;
  private final SisExportSource source;
  private final Clock clock;
  private final String owner;

  public SisExport(JdbcSyncRunStore runs, SisExportSource source, Clock clock, String owner) {
    this.runs = runs;
    this.source = source;
    this.clock = clock;
    this.owner = owner;
  }

  /** A claimed export, its file built, waiting to be uploaded. */
  public record Job(
      SyncClaim claim,
      String fileName,
      byte[] content,
      String checksum,
      List<String> enrolmentReferences,
      OffsetDateTime watermark) {}

  /** Empty when this night's export is done, or running on another instance. */
  public Optional<Job> prepare(UniversityCode university, LocalDate night) {
    Optional<SyncClaim> claim = runs.claim(university, SyncFlow.EXPORT, night, owner);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    try {
      OffsetDateTime until = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
      List<SisExportLine> lines =
          source.changedSince(university, runs.lastExportWatermark(university), until);
      byte[] content = SisExportFile.write(university, lines);
      return Optional.of(
          new Job(
              claim.get(),
              SisExportFile.fileName(university, night),
              content,
              SisImport.sha256(content),
              lines.stream().map(SisExportLine::enrolmentReference).toList(),
              until));
    } catch (RuntimeException e) {
      runs.fail(claim.get(), SyncRunOutcome.failed(String.valueOf(e)));
      throw e;
    }
  }

  /** The file is in the outbox: its enrolments move to SENT_TO_SIS and the run is DONE. */
  public void sent(Job job) {
    source.markSent(job.claim().university(), job.enrolmentReferences());
    int n = job.enrolmentReferences().size();
    runs.finish(
        job.claim(),
        new SyncRunOutcome(
            new SyncCounts(n, n, 0, 0, 0),
            List.of(),
            job.fileName(),
            job.checksum(),
            job.watermark(),
            null));
  }

  /** The upload failed for good: the run is FAILED with its cause and may run again. */
  public void failed(Job job, Throwable cause) {
    runs.fail(
        job.claim(),
        new SyncRunOutcome(
            SyncCounts.NONE,
            List.of(),
            job.fileName(),
            job.checksum(),
            null,
            String.valueOf(cause)));
  }
}
