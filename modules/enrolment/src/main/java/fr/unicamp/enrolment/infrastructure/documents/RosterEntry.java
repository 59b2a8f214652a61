package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import java.util.Objects;

/**
 * One line of a session roster: the enrolment and its learner, with what was recorded so far.
 *
 * @param attendance null when no hours were recorded
 * @param assessment null when the learner was not assessed
 * @param eligibility the jury eligibility, null when not computed (an inactive enrolment)
 */
public record RosterEntry(
    Enrolment enrolment,
    LearnerDetails learner,
    Attendance attendance,
    Assessment assessment,
    Eligibility eligibility) {

  public RosterEntry {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(learner, "learner");
  }
}
