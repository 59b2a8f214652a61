package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.learner.LearnerMerge;
import java.util.List;

/** What a merge did: the survivor's changed fields and the enrolments moved to it. */
public record MergeOutcome(LearnerMerge.Result merge, List<EnrolmentId> movedEnrolments) {

  public MergeOutcome {
    movedEnrolments = List.copyOf(movedEnrolments);
  }
}
