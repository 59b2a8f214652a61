package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.domain.enrolment.AdministrativeEnrolment;
import fr.unicamp.enrolment.domain.enrolment.Cancellation;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalEnrolment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The REST form of an enrolment: both machines with what they recorded and the actions open from
 * their status (as the path segments of {@code POST /api/enrolments/{id}/{action}}).
 */
public record EnrolmentView(
    long id,
    String university,
    long learner,
    long session,
    LocalDate enrolledOn,
    EnrolmentRequest.FundingBody funding,
    boolean active,
    Administrative administrative,
    Pedagogical pedagogical) {

  public record Administrative(
      String status,
      String studentNumber,
      String rejectionReason,
      String cancellationKind,
      String cancellationReason,
      LocalDate cancelledOn,
      List<String> actions) {}

  public record Pedagogical(
      String status,
      LocalDate startedOn,
      LocalDate endedOn,
      String withdrawalCause,
      String withdrawalComment,
      List<String> actions) {}

  static EnrolmentView of(Enrolment e) {
    AdministrativeEnrolment a = e.administrative();
    Cancellation c = a.cancellation();
    PedagogicalEnrolment p = e.pedagogical();
    return new EnrolmentView(
        e.id(),
        e.university().value(),
        e.learner().value(),
        e.session().value(),
        e.enrolledOn(),
        EnrolmentRequest.FundingBody.of(e.funding()),
        e.isActive(),
        new Administrative(
            a.status().name(),
            a.studentNumber() == null ? null : a.studentNumber().value(),
            a.rejectionReason(),
            c == null ? null : c.kind().name(),
            c == null ? null : c.reason(),
            c == null ? null : c.on(),
            a.allowedActions().stream().map(EnrolmentView::segment).toList()),
        new Pedagogical(
            p.status().name(),
            p.startedOn(),
            p.endedOn(),
            p.withdrawalCause() == null ? null : p.withdrawalCause().name(),
            p.withdrawalComment(),
            p.allowedActions().stream().map(EnrolmentView::segment).toList()));
  }

  /** {@code SEND_TO_SIS} → {@code send-to-sis}. */
  static String segment(Enum<?> action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
