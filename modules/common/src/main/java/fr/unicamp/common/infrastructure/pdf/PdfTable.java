package fr.unicamp.common.infrastructure.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A simple table: columns sharing the page's width by weight, a header row repeated on every page
 * the table runs onto, and cells wrapped to their column. Null cells are empty.
 */
public final class PdfTable {

  /** Where a column's text sits: numbers read best aligned right. */
  public enum Align {
    LEFT,
    RIGHT
  }

  /**
   * @param weight the column's share of the table's width, relative to the others' (above 0)
   */
  public record Column(String header, float weight, Align align) {

    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(align, "align");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("a column's weight is positive: " + weight);
      }
    }

    public static Column left(String header, float weight) {
      return new Column(header, weight, Align.LEFT);
    }

    public static Column right(String header, float weight) {
      return new Column(header, weight, Align.RIGHT);
    }
  }

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();

  private PdfTable(List<Column> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public static PdfTable of(Column... columns) {
    return new PdfTable(Arrays.asList(columns));
  }

  public PdfTable row(String... cells) {
    return row(Arrays.asList(cells));
  }

  /** Adds a row of exactly as many cells as there are columns. */
  public PdfTable row(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells but the table has " + columns.size() + " columns");
    }
    rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
    return this;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<String>> rows() {
    return List.copyOf(rows);
  }
}
