package fr.unicamp.common.infrastructure.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns a value into the text of one CSV cell: numbers formatted, formulas neutralised, quoting
 * applied. Kept apart from the writer so that each rule can be tested on its own.
 */
final class CsvCells {

  static final char SEPARATOR = ';';

  /**
   * A plain decimal number, possibly negative. Such a cell starts with {@code -} yet cannot run
   * anything in a spreadsheet, and prefixing it would turn amounts such as refunds into text.
   * Anything else after the minus sign ({@code -1+1}, {@code -A1}, {@code -2e3}) is neutralised.
   */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  private CsvCells() {}

  /** The text of a value: empty for null, plain notation for numbers, {@code toString} else. */
  static String text(Object value, DecimalSeparator decimals) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString().replace('.', decimals.symbol());
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).toPlainString().replace('.', decimals.symbol());
    }
    return value.toString();
  }

  /**
   * Prefixes with {@code '} a cell that a spreadsheet would read as a formula or command, following
   * the OWASP CSV injection guidance: a leading {@code =}, {@code +}, {@code -}, {@code @}, TAB or
   * CR, and their full-width forms, which some spreadsheets also accept. Plain negative numbers are
   * left alone (see {@link #PLAIN_NUMBER}).
   */
  static String neutralise(String text) {
    if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
      default -> text;
    };
  }

  /** Quotes per RFC 4180 a cell holding the separator, a quote, CR or LF; quotes are doubled. */
  static String quote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == SEPARATOR || c == '"' || c == '\r' || c == '\n') {
        return '"' + text.replace("\"", "\"\"") + '"';
      }
    }
    return text;
  }

  static String cell(Object value, DecimalSeparator decimals) {
    return quote(neutralise(text(value, decimals)));
  }
}
