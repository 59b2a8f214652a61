package fr.unicamp.catalogue.application;

import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the cells of one import line into values, noting every cell that cannot be read as a {@link
 * CsvLineError} of that line and column instead of stopping at the first. An empty cell, or a
 * column the file lacks, is absent (null). A cell that a spreadsheet would run as a formula is
 * refused rather than stored.
 */
final class ImportCells {

  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,4}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,8}([.,][0-9]{1,2})?");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  private final CsvRecord record;
  private final List<CsvLineError> errors;
  private final Set<String> refused = new HashSet<>();

  ImportCells(CsvRecord record, List<CsvLineError> errors) {
    this.record = record;
    this.errors = errors;
  }

  int line() {
    return record.line();
  }

  /** Notes why a cell is refused; one reason per cell, the first found. */
  void error(String column, String messageKey, Object... arguments) {
    if (!refused.add(column)) {
      return;
    }
    errors.add(CsvLineError.inColumn(record.line(), column, messageKey, arguments));
  }

  /** The stripped text of a cell, or null when empty, absent or refused as a formula. */
  String text(String column) {
    String value = record.find(column).map(String::strip).orElse("");
    if (value.isEmpty()) {
      return null;
    }
    if (isFormula(value)) {
      error(column, "error.import.formula");
      return null;
    }
    return value;
  }

  /** A text of at most {@code max} characters. */
  String text(String column, int max) {
    String value = text(column);
    if (value != null && value.length() > max) {
      error(column, "error.text.too-long", max);
    }
    return value;
  }

  Integer integer(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    if (!INTEGER.matcher(value).matches()) {
      error(column, "error.import.integer", value);
      return null;
    }
    return Integer.valueOf(value);
  }

  /** A decimal written with a dot or a French comma, at most two decimals. */
  BigDecimal decimal(String column, String messageKey, Object... arguments) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    if (!DECIMAL.matcher(value).matches()) {
      error(column, messageKey, arguments);
      return null;
    }
    return new BigDecimal(value.replace(',', '.'));
  }

  /** The entries of a list cell, split on {@code |}; empty entries are dropped. */
  List<String> list(String column) {
    String value = text(column);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A constant of {@code type} by its exact name. */
  <E extends Enum<E>> E code(String column, Class<E> type) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    error(
        column,
        "error.code.unknown",
        value,
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return null;
  }

  /**
   * What OWASP's CSV-injection guidance lists: a leading {@code =}, {@code +}, {@code @}, TAB, CR
   * and their full-width forms, and {@code -} unless it opens a plain number or a bullet ({@code "-
   * "}).
   */
  static boolean isFormula(String value) {
    char first = value.charAt(0);
    if (first == '-') {
      return !PLAIN_NUMBER.matcher(value).matches()
          && !(value.length() > 1 && value.charAt(1) == ' ');
    }
    return switch (first) {
      case '=', '+', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
