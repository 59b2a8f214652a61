package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.enrolment.domain.session.SessionId;

/**
 * Which enrolments a list keeps: of one session, in one administrative status, in one pedagogical
 * status; each criterion is optional (null keeps every enrolment).
 */
public record EnrolmentFilter(
    SessionId session, AdministrativeStatus adminStatus, PedagogicalStatus pedagogicalStatus) {

  public static final EnrolmentFilter ALL = new EnrolmentFilter(null, null, null);

  /** Whether {@code e} passes every criterion given. */
  public boolean keeps(Enrolment e) {
    return (session == null || session.equals(e.session()))
        && (adminStatus == null || adminStatus == e.administrative().status())
        && (pedagogicalStatus == null || pedagogicalStatus == e.pedagogical().status());
  }
}
