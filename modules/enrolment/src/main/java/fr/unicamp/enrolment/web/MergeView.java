package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.application.MergeOutcome;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.learner.FieldChange;
import fr.unicamp.enrolment.domain.learner.Learner;
import java.util.List;

/** What a merge did: the survivor as it is now, the fields it took, the enrolments it took over. */
public record MergeView(
    LearnerView survivor, long absorbed, List<FieldChange> changes, List<Long> movedEnrolments) {

  static MergeView of(Learner survivor, MergeOutcome outcome) {
    return new MergeView(
        LearnerView.of(survivor),
        outcome.merge().absorbed().value(),
        outcome.merge().changes(),
        outcome.movedEnrolments().stream().map(EnrolmentId::value).toList());
  }
}
