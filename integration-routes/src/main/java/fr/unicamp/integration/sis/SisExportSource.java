package fr.unicamp.integration.sis;

import fr.unicamp.common.domain.university.UniversityCode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Port to the enrolments: what to send to one university's SIS. The enrolment module implements it
 * (next step); route tests use an in-memory fake.
 */
public interface SisExportSource {

  /**
   * The enrolments of the university created or changed after {@code since} (all of them when
   * empty) and at or before {@code until}, in a stable order.
   */
  List<SisExportLine> changedSince(
      UniversityCode university, Optional<OffsetDateTime> since, OffsetDateTime until);

  /** Called once the file holding these enrolments is in the outbox: they move to SENT_TO_SIS. */
  void markSent(UniversityCode university, List<String> enrolmentReferences);
}
