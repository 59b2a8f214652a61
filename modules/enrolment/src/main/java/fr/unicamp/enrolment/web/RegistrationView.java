package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.application.LearnerRegistration;
import java.util.List;

/** A registered learner and the records staff should review as possibly the same person. */
public record RegistrationView(LearnerView learner, List<DuplicateView> duplicates) {

  static RegistrationView of(LearnerRegistration registration) {
    return new RegistrationView(
        LearnerView.of(registration.learner()),
        registration.duplicates().stream().map(DuplicateView::of).toList());
  }
}
