package fr.unicamp.enrolment.domain.learner;

import java.util.Objects;

/** One field a merge changed on the surviving record: its name and values before and after. */
public record FieldChange(String field, String before, String after) {

  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
