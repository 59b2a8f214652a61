package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.application.NewEnrolment;
import fr.unicamp.enrolment.domain.enrolment.Funding;
import fr.unicamp.enrolment.domain.enrolment.FundingSource;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;

/**
 * The JSON body that enrols a learner in a session: {@code learner} and {@code session} ids and the
 * funding ({@code source} one of {@link FundingSource}, with the references it needs). The
 * marketplace repeats a request with the same {@code funding.orderReference} safely.
 */
public record EnrolmentRequest(Long learner, Long session, FundingBody funding) {

  public record FundingBody(
      String source, String orderReference, String agreementNumber, String edofFolderNumber) {

    static FundingBody of(Funding f) {
      return new FundingBody(
          f.source().name(), f.orderReference(), f.agreementNumber(), f.edofFolderNumber());
    }
  }

  NewEnrolment toNewEnrolment() {
    Rules rules =
        new Rules()
            .require(learner != null, "learner", "error.required")
            .require(session != null, "session", "error.required")
            .require(funding != null, "funding", "error.required");
    FundingSource source =
        funding == null
            ? null
            : RequestFields.code(rules, "funding.source", FundingSource.class, funding.source());
    rules.throwIfAny();
    return new NewEnrolment(
        LearnerId.of(learner),
        SessionId.of(session),
        new Funding(
            source,
            funding.orderReference(),
            funding.agreementNumber(),
            funding.edofFolderNumber()));
  }
}
