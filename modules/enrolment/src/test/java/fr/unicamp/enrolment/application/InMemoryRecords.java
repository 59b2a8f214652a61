package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.AssessmentRepository;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceRepository;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.jury.Exclusion;
import fr.unicamp.enrolment.domain.jury.JuryDecision;
import fr.unicamp.enrolment.domain.jury.JuryRepository;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attendance, assessments and juries in maps, for service tests. */
final class InMemoryRecords {

  private InMemoryRecords() {}

  static final class Attendances implements AttendanceRepository {
    final Map<EnrolmentId, Attendance> rows = new LinkedHashMap<>();

    @Override
    public Optional<Attendance> find(EnrolmentId enrolment) {
      return Optional.ofNullable(rows.get(enrolment));
    }

    @Override
    public List<Attendance> findAll(Collection<EnrolmentId> enrolments) {
      return enrolments.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    @Override
    public void add(Attendance attendance) {
      rows.put(attendance.enrolment(), attendance);
    }

    @Override
    public void update(Attendance attendance) {}
  }

  static final class Assessments implements AssessmentRepository {
    final Map<EnrolmentId, Assessment> rows = new LinkedHashMap<>();

    @Override
    public Optional<Assessment> find(EnrolmentId enrolment) {
      return Optional.ofNullable(rows.get(enrolment));
    }

    @Override
    public List<Assessment> findAll(Collection<EnrolmentId> enrolments) {
      return enrolments.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    @Override
    public void add(Assessment assessment) {
      rows.put(assessment.enrolment(), assessment);
    }

    @Override
    public void update(Assessment assessment) {}
  }

  static final class Juries implements JuryRepository {
    final Map<SessionId, JuryDecision> decisions = new LinkedHashMap<>();
    final List<Exclusion> exclusions = new ArrayList<>();

    @Override
    public Optional<JuryDecision> findDecision(SessionId session) {
      return Optional.ofNullable(decisions.get(session));
    }

    @Override
    public void addDecision(JuryDecision decision) {
      decisions.put(decision.session(), decision);
    }

    @Override
    public List<Exclusion> findExclusions(SessionId session) {
      return List.copyOf(exclusions);
    }

    @Override
    public void addExclusion(SessionId session, Exclusion exclusion) {
      exclusions.add(exclusion);
    }

    @Override
    public void removeExclusion(SessionId session, EnrolmentId enrolment) {
      exclusions.removeIf(e -> e.enrolment().equals(enrolment));
    }
  }
}
