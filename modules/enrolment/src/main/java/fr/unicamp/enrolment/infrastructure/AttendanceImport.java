package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import java.util.List;

/**
 * What reading an attendance file gave: the good lines and every rejected one, by line number. The
 * file is applied whole or not at all: {@link #requireNoErrors()}.
 */
public record AttendanceImport(List<ImportedHours> lines, List<CsvLineError> errors) {

  public AttendanceImport {
    lines = List.copyOf(lines);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The lines, or every error at once: nothing of a file with a bad line is applied. */
  public List<ImportedHours> requireNoErrors() {
    if (hasErrors()) {
      throw new RuleViolationException(errors.stream().map(CsvLineError::toFieldError).toList());
    }
    return lines;
  }
}
