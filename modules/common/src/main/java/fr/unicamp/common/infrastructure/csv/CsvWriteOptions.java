package fr.unicamp.common.infrastructure.csv;

import java.util.Objects;

/**
 * How a CSV file is written. Start from {@link #forExchange()} (files read by another system) or
 * {@link #forSpreadsheet()} (exports opened by people in Excel or LibreOffice).
 *
 * @param byteOrderMark whether the file opens with a UTF-8 BOM, which French Excel needs to read
 *     accents as UTF-8 rather than Windows-1252
 * @param decimalSeparator how {@code BigDecimal} and floating-point cells are written
 */
public record CsvWriteOptions(boolean byteOrderMark, DecimalSeparator decimalSeparator) {

  public CsvWriteOptions {
    Objects.requireNonNull(decimalSeparator, "decimalSeparator");
  }

  /** BOM and decimal dot: what the universities' systems and our own reader expect. */
  public static CsvWriteOptions forExchange() {
    return new CsvWriteOptions(true, DecimalSeparator.DOT);
  }

  /** BOM and decimal comma: numbers stay numbers in a French spreadsheet. */
  public static CsvWriteOptions forSpreadsheet() {
    return new CsvWriteOptions(true, DecimalSeparator.COMMA);
  }

  public CsvWriteOptions withoutByteOrderMark() {
    return new CsvWriteOptions(false, decimalSeparator);
  }

  public CsvWriteOptions withDecimalSeparator(DecimalSeparator separator) {
    return new CsvWriteOptions(byteOrderMark, separator);
  }
}
