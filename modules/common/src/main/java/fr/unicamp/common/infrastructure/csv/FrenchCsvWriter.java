package fr.unicamp.common.infrastructure.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CSV file as French spreadsheets and our partners expect it: {@code ;} separator, CRLF
 * line ends, RFC 4180 quoting, UTF-8 with a BOM unless told otherwise, and no cell that a
 * spreadsheet would execute (see {@link CsvCells#neutralise}). A neutralised cell is read back by
 * {@link CsvReader} with its leading {@code '}; every other value round-trips unchanged.
 *
 * <p>Once a header is written, every row must have as many cells as the header: a short row is a
 * programming error, not something a partner should have to guess about.
 */
public final class FrenchCsvWriter implements Closeable, Flushable {

  private static final String LINE_END = "\r\n";

  private final Writer out;
  private final CsvWriteOptions options;
  private int width = -1;
  private boolean anyRow;

  private FrenchCsvWriter(Writer out, CsvWriteOptions options) throws IOException {
    this.out = out;
    this.options = options;
    if (options.byteOrderMark()) {
      out.write('\uFEFF');
    }
  }

  /** Writes UTF-8 bytes to the stream; closing the writer closes the stream. */
  public static FrenchCsvWriter open(OutputStream out, CsvWriteOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    return open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), options);
  }

  /**
   * Writes characters to a writer whose encoding the caller chose (UTF-8 expected); the BOM, if
   * asked for, is written as U+FEFF.
   */
  public static FrenchCsvWriter open(Writer out, CsvWriteOptions options) throws IOException {
    return new FrenchCsvWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(options));
  }

  public FrenchCsvWriter header(String... names) throws IOException {
    return header(Arrays.asList(names));
  }

  /** Writes the header row; it must come first, and it fixes the width of every following row. */
  public FrenchCsvWriter header(List<String> names) throws IOException {
    if (anyRow) {
      throw new IllegalStateException("the header must be the first row");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a header needs at least one column");
    }
    writeLine(names);
    width = names.size();
    return this;
  }

  public FrenchCsvWriter row(Object... cells) throws IOException {
    return row(Arrays.asList(cells));
  }

  /** Writes one row; null cells are empty, numbers are written in plain notation. */
  public FrenchCsvWriter row(List<?> cells) throws IOException {
    if (width >= 0 && cells.size() != width) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells but the header has " + width);
    }
    writeLine(cells);
    return this;
  }

  private void writeLine(List<?> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(CsvCells.SEPARATOR);
      }
      line.append(CsvCells.cell(cells.get(i), options.decimalSeparator()));
    }
    out.write(line.append(LINE_END).toString());
    anyRow = true;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
