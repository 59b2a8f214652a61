package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.math.BigDecimal;
import java.util.List;

/** The optional grade, on the French scale: 0 to 20, at most two decimals ({@code 15.50}). */
public final class Grade {

  public static final BigDecimal MAX = BigDecimal.valueOf(20);

  private Grade() {}

  public static List<FieldError> violations(BigDecimal grade, String field) {
    if (grade == null) {
      return List.of();
    }
    return new Rules()
        .require(
            grade.signum() >= 0 && grade.compareTo(MAX) <= 0,
            field,
            "error.assessment.grade.range",
            0,
            20)
        .require(grade.stripTrailingZeros().scale() <= 2, field, "error.assessment.grade.scale", 2)
        .errors();
  }
}
