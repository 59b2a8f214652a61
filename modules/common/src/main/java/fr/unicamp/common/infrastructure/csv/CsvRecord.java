package fr.unicamp.common.infrastructure.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a CSV file that passed the structural checks: as many values as header columns,
 * each decoded exactly. Values are raw: never null (an empty cell is {@code ""}), not trimmed, and
 * a cell we neutralised on write still starts with {@code '}.
 */
public final class CsvRecord {

  private final int line;
  private final Map<String, Integer> columns;
  private final List<String> values;

  CsvRecord(int line, Map<String, Integer> columns, List<String> values) {
    this.line = line;
    this.columns = columns;
    this.values = List.copyOf(values);
  }

  /** The physical line (1-based, header included) where this record starts. */
  public int line() {
    return line;
  }

  /**
   * The value under a header column.
   *
   * @throws IllegalArgumentException if the file has no such column: declare it required in the
   *     {@link CsvReader}, or use {@link #find} for an optional one
   */
  public String get(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException("no column '" + column + "' in this file");
    }
    return values.get(index);
  }

  /** The value under a column the file may lack. */
  public Optional<String> find(String column) {
    return Optional.ofNullable(columns.get(column)).map(values::get);
  }

  /** The value at a 0-based position. */
  public String get(int index) {
    return values.get(index);
  }

  public List<String> values() {
    return values;
  }

  @Override
  public String toString() {
    return "CsvRecord[line=" + line + ", values=" + values + "]";
  }
}
