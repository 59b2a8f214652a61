package fr.unicamp.enrolment.domain.learner;

import java.util.Objects;
import java.util.Set;

/** A learner record that may be the same person as another, and every reason to think so. */
public record DuplicateCandidate(LearnerId learner, Set<DuplicateReason> reasons) {

  public DuplicateCandidate {
    Objects.requireNonNull(learner, "learner");
    reasons = Set.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a duplicate candidate has a reason");
    }
  }
}
