package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.common.domain.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an assessor's marks against a version's criteria grids and applies each grid's pass rule
 * (the catalogue's {@link CompetencyDefinition#isPassedBy}): every competency marked, one level per
 * criterion, each level on the grid, no competency the grid does not have.
 */
final class CriteriaGridMarks {

  private CriteriaGridMarks() {}

  /** Every problem of {@code marks}, fields as {@code marks.C1} or {@code marks.C1[2]}. */
  static List<FieldError> violations(
      List<CompetencyDefinition> grid, Map<String, List<Integer>> marks) {
    List<FieldError> errors = new ArrayList<>();
    if (grid.isEmpty()) {
      errors.add(FieldError.of("marks", "error.assessment.no-grid"));
    }
    for (CompetencyDefinition c : grid) {
      String field = "marks." + c.code();
      List<Integer> levels = marks.get(c.code());
      if (levels == null) {
        errors.add(FieldError.of(field, "error.required"));
      } else if (levels.size() != c.criteria().size()) {
        errors.add(
            FieldError.of(
                field, "error.assessment.criteria-count", c.criteria().size(), levels.size()));
      } else {
        for (int i = 0; i < levels.size(); i++) {
          Integer level = levels.get(i);
          if (level == null || level < 1 || level > c.levels().size()) {
            errors.add(
                FieldError.of(
                    field + "[" + i + "]", "error.assessment.level-range", 1, c.levels().size()));
          }
        }
      }
    }
    marks.keySet().stream()
        .filter(code -> grid.stream().noneMatch(c -> c.code().equals(code)))
        .sorted()
        .forEach(
            code ->
                errors.add(FieldError.of("marks." + code, "error.assessment.unknown-competency")));
    return errors;
  }

  /** The result of each competency, in the grid's order; the marks must be valid. */
  static List<CompetencyResult> results(
      List<CompetencyDefinition> grid, Map<String, List<Integer>> marks) {
    return grid.stream()
        .map(
            c ->
                new CompetencyResult(
                    c.code(), marks.get(c.code()), c.isPassedBy(marks.get(c.code()))))
        .toList();
  }
}
