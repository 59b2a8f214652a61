package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.util.Objects;

/** One good line of an attendance import: the enrolment it is for and its hours realised. */
public record ImportedHours(int line, EnrolmentId enrolment, BigDecimal hours) {

  public ImportedHours {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(hours, "hours");
  }
}
