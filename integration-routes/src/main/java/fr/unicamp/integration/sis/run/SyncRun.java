package fr.unicamp.integration.sis.run;

import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One exchange with one SIS, as recorded. */
public record SyncRun(
    long id,
    UniversityCode university,
    SyncFlow flow,
    LocalDate businessDate,
    SyncRunStatus status,
    int attempt,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    SyncCounts counts,
    String fileName,
    String checksum,
    OffsetDateTime watermark,
    String cause) {}
