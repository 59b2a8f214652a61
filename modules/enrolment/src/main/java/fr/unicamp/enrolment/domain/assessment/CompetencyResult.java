package fr.unicamp.enrolment.domain.assessment;

import java.util.List;
import java.util.Objects;

/** One competency as assessed: the level reached on each criterion, and whether it passed. */
public record CompetencyResult(String code, List<Integer> levels, boolean passed) {

  public CompetencyResult {
    Objects.requireNonNull(code, "code");
    levels = List.copyOf(levels);
  }
}
