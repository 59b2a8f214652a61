package fr.unicamp.common.infrastructure.csv;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes of a CSV file into records and fields, before any decoding. Working on bytes is
 * safe for UTF-8 and Windows-1252 alike, since neither uses the bytes of {@code ;}, {@code "}, CR
 * or LF inside a multi-byte character; it lets a malformed byte be reported on its own line instead
 * of spoiling the whole file.
 *
 * <p>Line ends are CRLF, LF or a lone CR (old Mac exports). Blank lines are skipped. A quote inside
 * an unquoted field is kept as is (lenient, as spreadsheets are); text after a closing quote, or a
 * quote left open at the end of the file, rejects the record.
 */
final class CsvTokenizer {

  /** One field's raw bytes and the physical line where it starts. */
  record RawField(byte[] bytes, int line) {}

  /** One record, or the reason it could not be split (then {@code fields} is partial). */
  record RawRecord(int line, List<RawField> fields, String errorKey) {
    boolean isBlank() {
      return errorKey == null && fields.size() == 1 && fields.get(0).bytes().length == 0;
    }
  }

  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final byte[] data;
  private int pos;
  private int line = 1;

  CsvTokenizer(byte[] data, int start) {
    this.data = data;
    this.pos = start;
  }

  List<RawRecord> records() {
    List<RawRecord> records = new ArrayList<>();
    while (pos < data.length) {
      RawRecord record = next();
      if (!record.isBlank()) {
        records.add(record);
      }
    }
    return records;
  }

  private RawRecord next() {
    int recordLine = line;
    List<RawField> fields = new ArrayList<>();
    while (true) {
      int fieldLine = line;
      ByteArrayOutputStream field = new ByteArrayOutputStream();
      String error = null;
      if (pos < data.length && data[pos] == QUOTE) {
        pos++;
        error = readQuoted(field);
      } else {
        readUnquoted(field);
      }
      fields.add(new RawField(field.toByteArray(), fieldLine));
      if (error != null) {
        skipRestOfLine();
        return new RawRecord(recordLine, fields, error);
      }
      if (pos < data.length && data[pos] == CsvCells.SEPARATOR) {
        pos++;
        continue;
      }
      endOfLine();
      return new RawRecord(recordLine, fields, null);
    }
  }

  private void readUnquoted(ByteArrayOutputStream field) {
    while (pos < data.length) {
      byte b = data[pos];
      if (b == CsvCells.SEPARATOR || b == CR || b == LF) {
        return;
      }
      field.write(b);
      pos++;
    }
  }

  /** Reads up to the closing quote; returns an error key if the field is malformed. */
  private String readQuoted(ByteArrayOutputStream field) {
    while (pos < data.length) {
      byte b = data[pos];
      if (b == QUOTE) {
        if (pos + 1 < data.length && data[pos + 1] == QUOTE) {
          field.write(QUOTE);
          pos += 2;
          continue;
        }
        pos++;
        boolean fieldEnds =
            pos == data.length
                || data[pos] == CsvCells.SEPARATOR
                || data[pos] == CR
                || data[pos] == LF;
        return fieldEnds ? null : "error.csv.stray-quote";
      }
      countLineEnd();
      field.write(b);
      pos++;
    }
    return "error.csv.unterminated-quote";
  }

  private void skipRestOfLine() {
    while (pos < data.length && data[pos] != CR && data[pos] != LF) {
      pos++;
    }
    endOfLine();
  }

  /** Consumes one line end (CRLF, LF or CR) at the current position, if any. */
  private void endOfLine() {
    if (pos < data.length) {
      boolean crlf = data[pos] == CR && pos + 1 < data.length && data[pos + 1] == LF;
      pos += crlf ? 2 : 1;
      line++;
    }
  }

  /** Counts a physical line end at the current position: LF, or a CR not followed by LF. */
  private void countLineEnd() {
    byte b = data[pos];
    if (b == LF || (b == CR && (pos + 1 == data.length || data[pos + 1] != LF))) {
      line++;
    }
  }
}
