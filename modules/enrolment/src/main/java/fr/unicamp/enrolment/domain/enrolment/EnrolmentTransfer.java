package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves the enrolments of a learner record absorbed in a merge to the surviving record. Refused
 * when both records hold an active enrolment in the same session: one person cannot hold two seats,
 * and staff cancel one of them first.
 */
public final class EnrolmentTransfer {

  private EnrolmentTransfer() {}

  /** Every enrolment of {@code absorbed} that would give the person a second seat in a session. */
  public static List<FieldError> clashes(List<Enrolment> absorbed, List<Enrolment> survivors) {
    Set<Long> survivorSessions =
        survivors.stream()
            .filter(Enrolment::isActive)
            .map(e -> e.session().value())
            .collect(Collectors.toSet());
    List<FieldError> clashes = new ArrayList<>();
    for (Enrolment e : absorbed) {
      if (e.isActive() && survivorSessions.contains(e.session().value())) {
        clashes.add(
            FieldError.of(
                "enrolments",
                "error.enrolment.transfer.same-session",
                e.id(),
                e.session().value()));
      }
    }
    return clashes;
  }

  /** Moves every enrolment of {@code absorbed} to {@code survivor}; returns those moved. */
  public static List<EnrolmentId> move(
      List<Enrolment> absorbed, List<Enrolment> survivors, LearnerId survivor) {
    List<FieldError> clashes = clashes(absorbed, survivors);
    if (!clashes.isEmpty()) {
      throw new RuleViolationException(clashes);
    }
    List<EnrolmentId> moved = new ArrayList<>();
    for (Enrolment e : absorbed) {
      e.transferTo(survivor);
      moved.add(e.enrolmentId());
    }
    return moved;
  }
}
