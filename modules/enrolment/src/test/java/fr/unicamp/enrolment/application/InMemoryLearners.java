package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.learner.EmailAddress;
import fr.unicamp.enrolment.domain.learner.Ine;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.LearnerRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Learners in a list, numbered from 1 like the identity column. */
class InMemoryLearners implements LearnerRepository {

  final List<Learner> rows = new ArrayList<>();

  @Override
  public Optional<Learner> find(LearnerId id) {
    return rows.stream().filter(l -> l.id() == id.value()).findFirst();
  }

  @Override
  public List<Learner> findByEmail(EmailAddress email) {
    return rows.stream()
        .filter(l -> !l.isMerged() && email.value().equals(l.details().email()))
        .toList();
  }

  @Override
  public List<Learner> findByIneAndBirthDate(Ine ine, LocalDate birthDate) {
    return rows.stream()
        .filter(l -> !l.isMerged() && ine.value().equals(l.details().ine()))
        .filter(l -> birthDate.equals(l.details().birthDate()))
        .toList();
  }

  @Override
  public void add(Learner learner) {
    learner.assignId(rows.size() + 1);
    rows.add(learner);
  }

  @Override
  public void update(Learner learner) {}
}
