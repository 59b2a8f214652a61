package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.enrolment.Funding;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.util.Objects;

/**
 * A request to enrol a learner in a session: from billing for a paid order (the order reference
 * makes it idempotent), or from staff for a funded or company learner.
 */
public record NewEnrolment(LearnerId learner, SessionId session, Funding funding) {

  public NewEnrolment {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(session, "session");
  }
}
