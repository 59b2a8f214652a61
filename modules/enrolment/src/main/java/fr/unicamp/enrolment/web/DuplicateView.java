package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.domain.learner.DuplicateCandidate;
import java.util.List;

/** A record that may be the same person, with every reason ({@code SAME_EMAIL}, ...), sorted. */
public record DuplicateView(long learner, List<String> reasons) {

  static DuplicateView of(DuplicateCandidate candidate) {
    return new DuplicateView(
        candidate.learner().value(),
        candidate.reasons().stream().map(Enum::name).sorted().toList());
  }
}
