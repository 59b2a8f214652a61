package fr.unicamp.enrolment.domain.attendance;

/** Where an attendance figure came from. Stored by name: never rename a constant. */
public enum AttendanceSource {
  /** Entered by a tutor or staff in the attendance grid. */
  TUTOR,
  /** Imported from the LMS export (CSV). */
  LMS_IMPORT
}
