package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import java.util.Objects;

/**
 * What the jury looks at for one enrolment: the enrolment, its attendance and its assessment, the
 * last two null when none was recorded.
 */
public record JuryCandidate(Enrolment enrolment, Attendance attendance, Assessment assessment) {

  public JuryCandidate {
    Objects.requireNonNull(enrolment, "enrolment");
  }
}
