package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceRepository;
import fr.unicamp.enrolment.domain.attendance.AttendanceSource;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.learner.LearnerRepository;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import fr.unicamp.enrolment.infrastructure.ImportedHours;
import fr.unicamp.enrolment.infrastructure.LmsAttendanceCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hours realised: entered by a tutor for one enrolment, or imported for a whole session from the
 * LMS export, whole file or nothing. Every figure written is audited with the previous one.
 */
@ApplicationScoped
public class AttendanceService {

  @Inject EnrolmentRepository enrolments;
  @Inject LearnerRepository learners;
  @Inject AttendanceRepository attendances;
  @Inject SessionDirectory sessions;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  /** A tutor's figure for one enrolment: the total hours realised so far. */
  @Transactional
  public Attendance record(EnrolmentId id, BigDecimal hours) {
    Writers.require(currentActor.get());
    Enrolment enrolment =
        enrolments.find(id).orElseThrow(() -> new NotFoundException("Enrolment", id));
    SessionFacts session = session(enrolment.session());
    return save(
        enrolment, hours, session.plannedHours(), AttendanceSource.TUTOR, "attendance.record");
  }

  /**
   * Imports a session's LMS export (docs/formats/attendance-import.md). Any bad line refuses the
   * whole file with every error (line, column, reason) and changes nothing.
   *
   * @return how many learners' figures were written
   */
  @Transactional
  public int importLms(SessionId sessionId, byte[] data, Charset charset) {
    Writers.require(currentActor.get());
    SessionFacts session = session(sessionId);
    Map<EnrolmentId, Enrolment> active = new HashMap<>();
    Map<String, EnrolmentId> roster = new HashMap<>();
    for (Enrolment e : enrolments.findBySession(sessionId)) {
      if (e.isActive()) {
        active.put(e.enrolmentId(), e);
        learners.find(e.learner()).ifPresent(l -> roster.put(l.details().email(), e.enrolmentId()));
      }
    }
    List<ImportedHours> lines =
        new LmsAttendanceCsv(charset).read(data, roster, session.plannedHours()).requireNoErrors();
    for (ImportedHours line : lines) {
      save(
          active.get(line.enrolment()),
          line.hours(),
          session.plannedHours(),
          AttendanceSource.LMS_IMPORT,
          "attendance.import");
    }
    return lines.size();
  }

  /** The latest figure of an enrolment the caller may see; empty before the first one. */
  @Transactional
  public Optional<Attendance> of(EnrolmentId id) {
    enrolments.find(id).orElseThrow(() -> new NotFoundException("Enrolment", id));
    return attendances.find(id);
  }

  private Attendance save(
      Enrolment enrolment,
      BigDecimal hours,
      BigDecimal planned,
      AttendanceSource source,
      String action) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String by = currentActor.get().name();
    EnrolmentId id = enrolment.enrolmentId();
    var existing = attendances.find(id);
    BigDecimal before;
    Attendance attendance;
    if (existing.isPresent()) {
      attendance = existing.get();
      before = attendance.record(hours, planned, source, by, now);
      attendances.update(attendance);
    } else {
      attendance = Attendance.first(id, hours, planned, source, by, now);
      before = null;
      attendances.add(attendance);
    }
    audit.record(
        enrolment.university(),
        new AuditChange(
            action,
            "Enrolment",
            id.toString(),
            before == null ? null : before.toPlainString(),
            attendance.hoursRealised().toPlainString()));
    return attendance;
  }

  private SessionFacts session(SessionId id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
  }
}
