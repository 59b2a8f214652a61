package fr.unicamp.integration.sis.run;

import fr.unicamp.common.infrastructure.csv.CsvLineError;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How a run ends: its counts, the rejected lines with their reasons, the file and its SHA-256 (when
 * there is a file), the export watermark (exports) and, for a failure, its cause.
 */
public record SyncRunOutcome(
    SyncCounts counts,
    List<CsvLineError> rejections,
    String fileName,
    String checksum,
    OffsetDateTime watermark,
    String cause) {

  public SyncRunOutcome {
    rejections = List.copyOf(rejections);
  }

  public static SyncRunOutcome failed(String cause) {
    return new SyncRunOutcome(SyncCounts.NONE, List.of(), null, null, null, cause);
  }
}
