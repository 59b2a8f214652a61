package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceRepository;
import fr.unicamp.enrolment.domain.attendance.StoredAttendance;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.StoredEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Attendance figures in JPA, through the tenant-scoped entity manager; a new figure takes its
 * enrolment's university.
 */
@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Attendance> find(EnrolmentId enrolment) {
    return Optional.ofNullable(em.find(StoredAttendance.class, enrolment.value()))
        .map(StoredAttendance::toAttendance);
  }

  @Override
  public List<Attendance> findAll(Collection<EnrolmentId> enrolments) {
    if (enrolments.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM StoredAttendance a WHERE a.enrolmentId IN :ids ORDER BY a.enrolmentId",
            StoredAttendance.class)
        .setParameter("ids", enrolments.stream().map(EnrolmentId::value).toList())
        .getResultStream()
        .map(StoredAttendance::toAttendance)
        .toList();
  }

  @Override
  public void add(Attendance attendance) {
    StoredEnrolment enrolment = em.find(StoredEnrolment.class, attendance.enrolment().value());
    if (enrolment == null) {
      throw new NotFoundException("Enrolment", attendance.enrolment());
    }
    em.persist(StoredAttendance.of(attendance, enrolment.university()));
    em.flush();
  }

  @Override
  public void update(Attendance attendance) {
    StoredAttendance row = em.find(StoredAttendance.class, attendance.enrolment().value());
    if (row == null) {
      throw new IllegalStateException(attendance.enrolment() + " has no attendance stored yet");
    }
    row.copy(attendance);
    em.flush();
  }
}
