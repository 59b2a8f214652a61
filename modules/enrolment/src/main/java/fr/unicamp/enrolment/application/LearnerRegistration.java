package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.learner.DuplicateCandidate;
import fr.unicamp.enrolment.domain.learner.Learner;
import java.util.List;

/** A learner just registered, and the records that may be the same person, for staff to review. */
public record LearnerRegistration(Learner learner, List<DuplicateCandidate> duplicates) {

  public LearnerRegistration {
    duplicates = List.copyOf(duplicates);
  }
}
