package fr.unicamp.integration.sis;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.integration.sis.run.SyncCounts;
import java.util.List;

/**
 * Port to the enrolments: applies a university's return. The enrolment module implements it (next
 * step); route tests use an in-memory fake. A file is applied all or nothing: {@link #check} first,
 * and {@link #apply} only when no line was rejected, in the transaction that records the file.
 */
public interface SisReturnApplier {

  /**
   * The lines that cannot be applied, with why (an unknown enrolment reference, another
   * university's enrolment...). Changes nothing.
   */
  List<CsvLineError> check(UniversityCode university, List<SisReturnLine> lines);

  /**
   * Applies every line; upserts on the enrolment reference, so applying the same line again leaves
   * it unchanged.
   *
   * @return read, created, updated and unchanged counts (rejected is 0)
   */
  SyncCounts apply(UniversityCode university, List<SisReturnLine> lines);
}
