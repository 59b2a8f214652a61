package fr.unicamp.common.infrastructure.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an incoming {@code ;}-separated file whole, in its configured charset (UTF-8 or
 * Windows-1252), and checks it in two tiers:
 *
 * <ul>
 *   <li><b>the file</b>: not empty, the expected separator, the announced encoding, a header
 *       without duplicates and with every required column. If any fails, the file is rejected with
 *       one error and no records.
 *   <li><b>each line</b>: well-formed quoting, as many cells as header columns, valid bytes. A bad
 *       line is listed with its reason and the others are kept.
 * </ul>
 *
 * A UTF-8 BOM is skipped. Header names are trimmed; values are not. The reader keeps no state
 * between files and can be shared.
 */
public final class CsvReader {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Charset charset;
  private final List<String> requiredColumns;

  private CsvReader(Charset charset, List<String> requiredColumns) {
    if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(WINDOWS_1252)) {
      throw new IllegalArgumentException("CSV files are UTF-8 or windows-1252, not " + charset);
    }
    this.charset = charset;
    this.requiredColumns = List.copyOf(requiredColumns);
  }

  public static CsvReader of(Charset charset) {
    return new CsvReader(charset, List.of());
  }

  public static CsvReader utf8() {
    return of(StandardCharsets.UTF_8);
  }

  public static CsvReader windows1252() {
    return of(WINDOWS_1252);
  }

  /** A reader that also rejects a file whose header lacks any of these columns. */
  public CsvReader requiring(String... columns) {
    return new CsvReader(charset, List.of(columns));
  }

  public CsvParseResult read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  public CsvParseResult read(byte[] data) {
    boolean bom = startsWithBom(data);
    if (charset.equals(WINDOWS_1252)) {
      int utf8Line = bom ? 1 : CsvDecoder.firstLineIfUtf8(data);
      if (utf8Line > 0) {
        return rejected(utf8Line, "error.csv.encoding-mismatch", "UTF-8", charset.name());
      }
    }
    List<CsvTokenizer.RawRecord> raw = new CsvTokenizer(data, bom ? UTF8_BOM.length : 0).records();
    if (raw.isEmpty()) {
      return rejected(1, "error.csv.empty");
    }
    CsvDecoder decoder = new CsvDecoder(charset);
    CsvTokenizer.RawRecord first = raw.get(0);
    if (first.errorKey() != null) {
      return rejected(first.line(), first.errorKey());
    }
    List<String> header = new ArrayList<>();
    for (CsvTokenizer.RawField field : first.fields()) {
      CsvDecoder.Decoded name = decoder.decode(field);
      if (name.failed()) {
        return rejected(name.faultLine(), "error.csv.encoding", charset.name());
      }
      header.add(name.text().strip());
    }
    CsvLineError headerError = checkHeader(first.line(), header);
    if (headerError != null) {
      return CsvParseResult.rejected(header, headerError);
    }
    return readRecords(raw.subList(1, raw.size()), header, decoder);
  }

  private CsvLineError checkHeader(int line, List<String> header) {
    if (header.size() == 1) {
      for (String other : List.of(",", "\t", "|")) {
        if (header.get(0).contains(other)) {
          return CsvLineError.of(
              line, "error.csv.delimiter", ";", other.equals("\t") ? "TAB" : other);
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (String name : header) {
      if (!name.isEmpty() && !seen.add(name)) {
        duplicates.add(name);
      }
    }
    if (!duplicates.isEmpty()) {
      return CsvLineError.of(line, "error.csv.duplicate-columns", String.join(", ", duplicates));
    }
    List<String> missing = requiredColumns.stream().filter(c -> !seen.contains(c)).toList();
    if (!missing.isEmpty()) {
      return CsvLineError.of(line, "error.csv.missing-columns", String.join(", ", missing));
    }
    return null;
  }

  private CsvParseResult readRecords(
      List<CsvTokenizer.RawRecord> raw, List<String> header, CsvDecoder decoder) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (!header.get(i).isEmpty()) {
        columns.put(header.get(i), i);
      }
    }
    columns = Collections.unmodifiableMap(columns);
    List<CsvRecord> records = new ArrayList<>();
    List<CsvLineError> errors = new ArrayList<>();
    for (CsvTokenizer.RawRecord record : raw) {
      if (record.errorKey() != null) {
        errors.add(CsvLineError.of(record.line(), record.errorKey()));
      } else if (record.fields().size() != header.size()) {
        errors.add(
            CsvLineError.of(
                record.line(), "error.csv.column-count", header.size(), record.fields().size()));
      } else {
        List<String> values = new ArrayList<>(header.size());
        for (int i = 0; i < header.size() && values.size() == i; i++) {
          CsvDecoder.Decoded value = decoder.decode(record.fields().get(i));
          if (value.failed()) {
            errors.add(encodingError(value.faultLine(), header.get(i)));
          } else {
            values.add(value.text());
          }
        }
        if (values.size() == header.size()) {
          records.add(new CsvRecord(record.line(), columns, values));
        }
      }
    }
    return new CsvParseResult(header, records, errors, false);
  }

  private CsvLineError encodingError(int line, String column) {
    return column.isEmpty()
        ? CsvLineError.of(line, "error.csv.encoding", charset.name())
        : CsvLineError.inColumn(line, column, "error.csv.encoding", charset.name());
  }

  private static CsvParseResult rejected(int line, String key, Object... arguments) {
    return CsvParseResult.rejected(List.of(), CsvLineError.of(line, key, arguments));
  }

  private static boolean startsWithBom(byte[] data) {
    return data.length >= 3
        && data[0] == UTF8_BOM[0]
        && data[1] == UTF8_BOM[1]
        && data[2] == UTF8_BOM[2];
  }
}
