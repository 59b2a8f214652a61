package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.util.Objects;

/**
 * The jury's verdict on one enrolment, with an optional comment (required to withhold an award).
 */
public record LearnerVerdict(EnrolmentId enrolment, Verdict verdict, String comment) {

  public LearnerVerdict {
    Objects.requireNonNull(enrolment, "enrolment");
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }
}
