package fr.unicamp.integration.sis.file;

import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.common.infrastructure.csv.CsvParseResult;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import fr.unicamp.integration.sis.SisReturnLine;
import fr.unicamp.integration.sis.config.DailySchedule;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The return layout: what a university's SIS made of each enrolment we sent. Parsed with {@link
 * CsvReader} in the university's encoding, then checked field by field; every rejected line is
 * listed with its line, column and reason.
 */
public final class SisReturnFile {

  public static final List<String> COLUMNS =
      List.of(
          "reference_inscription",
          "statut",
          "num_etudiant",
          "ine",
          "statut_ia",
          "statut_ip",
          "motif_rejet",
          "note_finale",
          "resultat_final",
          "date_maj");

  /** The final results a SIS may send (Apogée COD_TRE and Pégase COC use the same codes). */
  public static final Set<String> RESULTS = Set.of("ADM", "AJ", "DEF", "ABI", "ABJ");

  private static final Pattern DATED_NAME = Pattern.compile(".*_(\\d{8})\\.csv");
  private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Za-z0-9]{1,20}");
  private static final Pattern INE = Pattern.compile("[0-9A-Z]{11}");
  private static final Pattern GRADE = Pattern.compile("\\d{1,2}(\\.\\d{1,3})?");

  private SisReturnFile() {}

  /** What a return gave: the good lines, every rejection, and how many lines were read. */
  public record Parsed(List<SisReturnLine> lines, List<CsvLineError> errors, int read) {
    public Parsed {
      lines = List.copyOf(lines);
      errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  /** The date a return's name carries ({@code ..._YYYYMMDD.csv}), if it carries one. */
  public static Optional<LocalDate> businessDateOf(String fileName) {
    Matcher m = DATED_NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Parsed parse(byte[] content, Charset encoding) {
    CsvParseResult csv =
        CsvReader.of(encoding).requiring(COLUMNS.toArray(String[]::new)).read(content);
    List<CsvLineError> errors = new ArrayList<>(csv.errors());
    List<SisReturnLine> lines = new ArrayList<>();
    Map<String, Integer> firstLineOf = new HashMap<>();
    for (CsvRecord record : csv.records()) {
      List<CsvLineError> lineErrors = new ArrayList<>();
      SisReturnLine line = line(record, lineErrors);
      if (line != null) {
        Integer first = firstLineOf.putIfAbsent(line.enrolmentReference(), record.line());
        if (first != null) {
          lineErrors.add(
              CsvLineError.inColumn(
                  record.line(),
                  "reference_inscription",
                  "error.sis.duplicate-key",
                  line.enrolmentReference(),
                  first));
        }
      }
      if (lineErrors.isEmpty()) {
        lines.add(line);
      }
      errors.addAll(lineErrors);
    }
    errors.sort(java.util.Comparator.comparingInt(CsvLineError::line));
    int read =
        csv.fileRejected()
            ? 0
            : csv.records().size()
                + (int) csv.errors().stream().mapToInt(CsvLineError::line).distinct().count();
    return new Parsed(lines, errors, read);
  }

  private static SisReturnLine line(CsvRecord r, List<CsvLineError> errors) {
    Field f = new Field(r, errors);
    String reference = f.required("reference_inscription");
    String status = f.required("statut");
    SisReturnLine.Outcome outcome = null;
    if (status != null) {
      switch (status) {
        case "CONFIRME" -> outcome = SisReturnLine.Outcome.CONFIRMED;
        case "REJETE" -> outcome = SisReturnLine.Outcome.REJECTED;
        default -> f.reject("statut", "error.sis.unknown-code", status, "CONFIRME, REJETE");
      }
    }
    String studentNumber = f.optional("num_etudiant");
    String reason = f.optional("motif_rejet");
    if (outcome == SisReturnLine.Outcome.CONFIRMED) {
      if (studentNumber == null) {
        f.reject("num_etudiant", "error.sis.required");
      } else if (!STUDENT_NUMBER.matcher(studentNumber).matches()) {
        f.reject("num_etudiant", "error.sis.student-number", studentNumber);
      }
    }
    if (outcome == SisReturnLine.Outcome.REJECTED && reason == null) {
      f.reject("motif_rejet", "error.sis.required");
    }
    String ine = f.optional("ine");
    if (ine != null && !INE.matcher(ine).matches()) {
      f.reject("ine", "error.sis.ine", ine);
    }
    BigDecimal grade = null;
    String gradeText = f.optional("note_finale");
    if (gradeText != null) {
      if (GRADE.matcher(gradeText).matches()
          && new BigDecimal(gradeText).compareTo(BigDecimal.valueOf(20)) <= 0) {
        grade = new BigDecimal(gradeText);
      } else {
        f.reject("note_finale", "error.sis.grade", gradeText);
      }
    }
    String result = f.optional("resultat_final");
    if (result != null && !RESULTS.contains(result)) {
      f.reject("resultat_final", "error.sis.unknown-code", result, String.join(", ", sorted()));
    }
    OffsetDateTime updatedAt = f.instant("date_maj");
    if (!errors.isEmpty()) {
      return null;
    }
    return new SisReturnLine(
        r.line(),
        reference,
        outcome,
        studentNumber,
        ine,
        f.optional("statut_ia"),
        f.optional("statut_ip"),
        reason,
        grade,
        result,
        updatedAt);
  }

  private static List<String> sorted() {
    return RESULTS.stream().sorted().toList();
  }

  /** Reads the cells of one record, adding an error per bad cell. */
  private record Field(CsvRecord record, List<CsvLineError> errors) {

    String optional(String column) {
      String value = record.get(column).strip();
      return value.isEmpty() ? null : value;
    }

    String required(String column) {
      String value = optional(column);
      if (value == null) {
        reject(column, "error.sis.required");
      }
      return value;
    }

    void reject(String column, String key, Object... arguments) {
      errors.add(CsvLineError.inColumn(record.line(), column, key, arguments));
    }

    /** An ISO-8601 instant with offset, or a local date-time in Europe/Paris. */
    OffsetDateTime instant(String column) {
      String value = required(column);
      if (value == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(value).atZone(DailySchedule.BUSINESS_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException again) {
          reject(column, "error.sis.datetime", value);
          return null;
        }
      }
    }
  }
}
