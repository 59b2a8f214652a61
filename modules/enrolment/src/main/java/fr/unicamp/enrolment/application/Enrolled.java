package fr.unicamp.enrolment.application;

import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import java.util.Objects;

/**
 * The answer to an enrolment request: the enrolment, and whether this request created it ({@code
 * false} when it repeated an order reference already enrolled, and got that enrolment back).
 */
public record Enrolled(Enrolment enrolment, boolean created) {

  public Enrolled {
    Objects.requireNonNull(enrolment, "enrolment");
  }
}
