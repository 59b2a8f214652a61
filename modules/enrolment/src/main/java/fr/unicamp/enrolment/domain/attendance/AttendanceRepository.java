package fr.unicamp.enrolment.domain.attendance;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where attendance figures are kept, one per enrolment; scoped to the caller's tenant. */
public interface AttendanceRepository {

  Optional<Attendance> find(EnrolmentId enrolment);

  /** The figures of these enrolments (a session's roster); enrolments without one are absent. */
  List<Attendance> findAll(Collection<EnrolmentId> enrolments);

  void add(Attendance attendance);

  void update(Attendance attendance);
}
