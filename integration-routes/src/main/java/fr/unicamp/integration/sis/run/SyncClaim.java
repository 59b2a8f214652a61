package fr.unicamp.integration.sis.run;

import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;

/**
 * Proof that this instance holds the run of one (university, flow, business date). Every later
 * write of the run checks the owner and the attempt (fencing), so an instance whose claim was taken
 * over cannot overwrite the newer attempt.
 */
public record SyncClaim(
    long runId,
    UniversityCode university,
    SyncFlow flow,
    LocalDate businessDate,
    String owner,
    int attempt) {}
