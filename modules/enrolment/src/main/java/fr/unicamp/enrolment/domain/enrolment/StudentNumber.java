package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.regex.Pattern;

/**
 * The learner's number in the university's SIS: Apogée's {@code COD_ETU} (e.g. {@code 21901234}),
 * Pégase's {@code codeApprenant} (e.g. {@code 000104521}). Leading zeros matter: it is text.
 */
public record StudentNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{1,20}");

  public StudentNumber {
    value = value == null ? null : value.strip();
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw RuleViolationException.of(
          "studentNumber", "error.enrolment.student-number.format", String.valueOf(value));
    }
  }

  public static StudentNumber of(String value) {
    return new StudentNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
