package fr.unicamp.common.infrastructure.csv;

/**
 * How decimals are written. Machine-facing exchange files keep the dot that parsers expect; files
 * meant to be opened by people in a French spreadsheet use the comma, or the spreadsheet reads
 * {@code 12.50} as text (or worse, as a date).
 */
public enum DecimalSeparator {
  DOT('.'),
  COMMA(',');

  private final char symbol;

  DecimalSeparator(char symbol) {
    this.symbol = symbol;
  }

  public char symbol() {
    return symbol;
  }
}
