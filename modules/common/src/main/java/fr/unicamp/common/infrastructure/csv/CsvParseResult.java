package fr.unicamp.common.infrastructure.csv;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;

/**
 * What reading a CSV file gave: the records that passed and the reasons for every rejected line, so
 * that each caller picks its policy. A file with errors can be refused whole ({@link
 * #requireNoErrors()}); SIS imports instead keep {@link #records()} and report {@link #errors()},
 * as long as the file itself was usable ({@link #fileRejected()} false).
 *
 * @param header the header names as read (trimmed); empty if the file had none
 * @param records the good records, in file order
 * @param errors every rejected line, in file order
 * @param fileRejected true when the file as a whole cannot be read (empty, wrong separator or
 *     encoding, bad header): there are then no records at all
 */
public record CsvParseResult(
    List<String> header, List<CsvRecord> records, List<CsvLineError> errors, boolean fileRejected) {

  public CsvParseResult {
    header = List.copyOf(header);
    records = List.copyOf(records);
    errors = List.copyOf(errors);
    if (fileRejected && (errors.isEmpty() || !records.isEmpty())) {
      throw new IllegalArgumentException("a rejected file has errors and no records");
    }
  }

  static CsvParseResult rejected(List<String> header, CsvLineError error) {
    return new CsvParseResult(header, List.of(), List.of(error), true);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The records, or every error at once if there is any: "the whole file or nothing". */
  public List<CsvRecord> requireNoErrors() {
    if (hasErrors()) {
      throw new RuleViolationException(errors.stream().map(CsvLineError::toFieldError).toList());
    }
    return records;
  }
}
