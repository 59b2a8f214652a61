package fr.unicamp.integration.sis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of a SIS return, checked field by field: the SIS confirmed the enrolment (with its
 * student number) or rejected it (with its reason), and may carry the final result.
 *
 * @param line the physical line in the file, for reports
 */
public record SisReturnLine(
    int line,
    String enrolmentReference,
    Outcome outcome,
    String studentNumber,
    String ine,
    String iaStatus,
    String ipStatus,
    String rejectionReason,
    BigDecimal finalGrade,
    String finalResult,
    OffsetDateTime updatedAt) {

  /** What the SIS made of the enrolment. */
  public enum Outcome {
    /** {@code CONFIRME}: the enrolment becomes CONFIRMED_BY_SIS with the student number. */
    CONFIRMED,
    /** {@code REJETE}: the enrolment becomes REJECTED_BY_SIS with the reason. */
    REJECTED
  }

  public SisReturnLine {
    Objects.requireNonNull(enrolmentReference, "enrolmentReference");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
