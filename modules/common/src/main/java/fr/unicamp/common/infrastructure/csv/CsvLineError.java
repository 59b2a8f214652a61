package fr.unicamp.common.infrastructure.csv;

import fr.unicamp.common.domain.error.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one line of a CSV file was rejected: the physical line (1-based) where the record starts or
 * where the fault is, the column name when one column is at fault, and a message key with its
 * arguments. Callers add their own (a date that does not parse, an unknown programme code) so that
 * a run lists every rejected line in one place.
 */
public record CsvLineError(int line, String column, String messageKey, List<Object> arguments) {

  public CsvLineError {
    if (line < 1) {
      throw new IllegalArgumentException("lines are numbered from 1");
    }
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  public static CsvLineError of(int line, String messageKey, Object... arguments) {
    return new CsvLineError(line, null, messageKey, List.of(arguments));
  }

  public static CsvLineError inColumn(
      int line, String column, String messageKey, Object... arguments) {
    return new CsvLineError(
        line, Objects.requireNonNull(column, "column"), messageKey, List.of(arguments));
  }

  public Optional<String> columnName() {
    return Optional.ofNullable(column);
  }

  /** As a field error, the field being {@code line[12]} or {@code line[12].column}. */
  public FieldError toFieldError() {
    String field = "line[" + line + "]" + (column == null ? "" : "." + column);
    return new FieldError(field, messageKey, arguments);
  }
}
