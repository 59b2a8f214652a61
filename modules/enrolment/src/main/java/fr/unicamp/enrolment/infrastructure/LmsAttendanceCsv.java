package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.common.infrastructure.csv.CsvParseResult;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import fr.unicamp.enrolment.domain.attendance.AttendanceHours;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.learner.EmailAddress;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the LMS attendance export of one session (layout in {@code
 * docs/formats/attendance-import.md}): one line per learner, found by e-mail address among the
 * session's active enrolments, with the hours realised so far.
 *
 * <p>Every problem is reported with its line and column: what {@link CsvReader} finds (encoding,
 * missing columns, malformed lines) and what this format adds (unknown learner, hours missing,
 * malformed, negative or beyond the bound, a learner on two lines). A file with any error yields no
 * line to apply.
 */
public final class LmsAttendanceCsv {

  public static final String EMAIL = "email";
  public static final String HOURS = "heures_realisees";

  /** Digits with an optional decimal part after a comma or a dot; a sign only to say "negative". */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,6}(?:[.,][0-9]{1,6})?");

  private final CsvReader reader;

  public LmsAttendanceCsv(Charset charset) {
    this.reader = CsvReader.of(charset).requiring(EMAIL, HOURS);
  }

  /**
   * Reads {@code data} against the session's roster.
   *
   * @param roster the session's active enrolments by normalised e-mail address
   * @param plannedHours the hours the session plans per learner
   */
  public AttendanceImport read(
      byte[] data, Map<String, EnrolmentId> roster, BigDecimal plannedHours) {
    Objects.requireNonNull(plannedHours, "plannedHours");
    CsvParseResult parsed = reader.read(data);
    List<CsvLineError> errors = new ArrayList<>(parsed.errors());
    List<ImportedHours> lines = new ArrayList<>();
    Map<EnrolmentId, Integer> seen = new HashMap<>();
    for (CsvRecord record : parsed.records()) {
      List<CsvLineError> lineErrors = new ArrayList<>();
      EnrolmentId enrolment = learner(record, roster, seen, lineErrors);
      BigDecimal hours = hours(record, plannedHours, lineErrors);
      if (lineErrors.isEmpty()) {
        lines.add(new ImportedHours(record.line(), enrolment, hours));
      }
      errors.addAll(lineErrors);
    }
    errors.sort(Comparator.comparingInt(CsvLineError::line));
    return new AttendanceImport(errors.isEmpty() ? lines : List.of(), errors);
  }

  private static EnrolmentId learner(
      CsvRecord record,
      Map<String, EnrolmentId> roster,
      Map<EnrolmentId, Integer> seen,
      List<CsvLineError> errors) {
    String email = EmailAddress.normalise(record.get(EMAIL));
    if (email == null) {
      errors.add(CsvLineError.inColumn(record.line(), EMAIL, "error.required"));
      return null;
    }
    EnrolmentId enrolment = roster.get(email);
    if (enrolment == null) {
      errors.add(
          CsvLineError.inColumn(
              record.line(), EMAIL, "error.attendance.import.unknown-learner", email));
      return null;
    }
    Integer first = seen.putIfAbsent(enrolment, record.line());
    if (first != null) {
      errors.add(
          CsvLineError.inColumn(
              record.line(), EMAIL, "error.attendance.import.duplicate-learner", email, first));
    }
    return enrolment;
  }

  private static BigDecimal hours(
      CsvRecord record, BigDecimal plannedHours, List<CsvLineError> errors) {
    String text = record.get(HOURS).strip();
    if (text.isEmpty()) {
      errors.add(CsvLineError.inColumn(record.line(), HOURS, "error.required"));
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      errors.add(CsvLineError.inColumn(record.line(), HOURS, "error.attendance.hours.format"));
      return null;
    }
    BigDecimal hours = new BigDecimal(text.replace(',', '.'));
    for (FieldError e : AttendanceHours.violations(hours, plannedHours, HOURS)) {
      errors.add(
          CsvLineError.inColumn(record.line(), HOURS, e.messageKey(), e.arguments().toArray()));
    }
    return hours;
  }
}
