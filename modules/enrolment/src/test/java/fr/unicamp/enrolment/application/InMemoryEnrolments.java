package fr.unicamp.enrolment.application;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentFilter;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Enrolments in a list, numbered from 1 like the identity column. */
class InMemoryEnrolments implements EnrolmentRepository {

  final List<Enrolment> rows = new ArrayList<>();
  int updates;

  @Override
  public Optional<Enrolment> find(EnrolmentId id) {
    return rows.stream().filter(e -> e.id() == id.value()).findFirst();
  }

  @Override
  public Optional<Enrolment> findByOrderReference(
      UniversityCode university, String orderReference) {
    return rows.stream()
        .filter(e -> e.university().equals(university))
        .filter(e -> orderReference.equals(e.funding().orderReference()))
        .findFirst();
  }

  @Override
  public boolean hasActive(LearnerId learner, SessionId session) {
    return rows.stream()
        .anyMatch(e -> e.isActive() && e.learner().equals(learner) && e.session().equals(session));
  }

  @Override
  public long countActive(SessionId session) {
    return rows.stream().filter(e -> e.isActive() && e.session().equals(session)).count();
  }

  @Override
  public List<Enrolment> findBySession(SessionId session) {
    return rows.stream().filter(e -> e.session().equals(session)).toList();
  }

  @Override
  public List<Enrolment> findByLearner(LearnerId learner) {
    return rows.stream().filter(e -> e.learner().equals(learner)).toList();
  }

  @Override
  public List<Enrolment> pageAfter(EnrolmentFilter filter, Long afterId, int limit) {
    return rows.stream()
        .filter(e -> afterId == null || e.id() > afterId)
        .filter(filter::keeps)
        .limit(limit)
        .toList();
  }

  @Override
  public void add(Enrolment enrolment) {
    enrolment.assignId(rows.size() + 1);
    rows.add(enrolment);
  }

  @Override
  public void update(Enrolment enrolment) {
    updates++;
  }
}
