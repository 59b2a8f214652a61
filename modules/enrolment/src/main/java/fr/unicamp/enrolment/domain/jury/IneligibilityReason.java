package fr.unicamp.enrolment.domain.jury;

/** Why a learner cannot be awarded by the jury. Stored by name: never rename a constant. */
public enum IneligibilityReason {
  /** The administrative enrolment is not a valid registration (pending payment, rejected...). */
  ADMINISTRATIVE_STATUS,
  /** The learner withdrew or failed the course. */
  PEDAGOGICAL_STATUS,
  /** No attendance was recorded. */
  NO_ATTENDANCE,
  /** The attendance rate is below the micro-certification's threshold. */
  ATTENDANCE_BELOW_THRESHOLD,
  /** The learner has not been assessed. */
  NOT_ASSESSED,
  /** The assessment was marked on another version's grid. */
  ASSESSMENT_OTHER_VERSION,
  /** The assessment did not pass the grid's pass rule. */
  ASSESSMENT_FAILED,
  /** The assessment lacks the identity check the micro-certification requires. */
  IDENTITY_NOT_VERIFIED,
  /** Staff excluded the learner from this jury, with a reason. */
  EXCLUDED
}
