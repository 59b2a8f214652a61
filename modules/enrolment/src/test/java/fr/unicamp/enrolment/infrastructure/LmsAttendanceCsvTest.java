package fr.unicamp.enrolment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LMS attendance export, good and hostile: every error with its line, nothing applied. */
class LmsAttendanceCsvTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final BigDecimal PLANNED = new BigDecimal("20");
  private static final Map<String, EnrolmentId> ROSTER =
      Map.of(
          "julie.m@example.org", EnrolmentId.of(1),
          "k.durand@example.org", EnrolmentId.of(2),
          "helene@example.org", EnrolmentId.of(3));

  private final LmsAttendanceCsv utf8 = new LmsAttendanceCsv(StandardCharsets.UTF_8);

  private AttendanceImport read(String text) {
    return utf8.read(text.getBytes(StandardCharsets.UTF_8), ROSTER, PLANNED);
  }

  @Test
  void reads_a_good_export_with_bom_extra_columns_comma_decimals_and_any_email_case() {
    AttendanceImport result =
        read(
            "\uFEFFnom;prenom;email;heures_realisees;derniere_activite\n"
                + "Martin;Julie; Julie.M@Example.org ;12,5;2026-11-02\n"
                + "Durand;Karim;k.durand@example.org;20.00;2026-11-01\n"
                + "Dupré;Hélène;helene@example.org;0;\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.requireNoErrors())
        .containsExactly(
            new ImportedHours(2, EnrolmentId.of(1), new BigDecimal("12.5")),
            new ImportedHours(3, EnrolmentId.of(2), new BigDecimal("20.00")),
            new ImportedHours(4, EnrolmentId.of(3), BigDecimal.ZERO));
  }

  @Test
  void a_hostile_file_lists_every_bad_line_with_its_column_and_yields_nothing_to_apply() {
    AttendanceImport result =
        read(
            "email;heures_realisees\n"
                + "julie.m@example.org;12\n"
                + "inconnu@example.org;5\n"
                + "k.durand@example.org;-3\n"
                + "JULIE.M@example.org;14\n"
                + "helene@example.org;=1+1\n"
                + ";4\n"
                + "helene@example.org;\n"
                + "k.durand@example.org;31\n"
                + "helene@example.org;2,125\n"
                + "julie.m@example.org;1;extra\n"
                + "\"julie.m@example.org;3\n");

    assertThat(result.lines()).isEmpty();
    assertThat(result.errors())
        .containsExactly(
            CsvLineError.inColumn(
                3, "email", "error.attendance.import.unknown-learner", "inconnu@example.org"),
            CsvLineError.inColumn(4, "heures_realisees", "error.attendance.hours.negative"),
            CsvLineError.inColumn(
                5, "email", "error.attendance.import.duplicate-learner", "julie.m@example.org", 2),
            CsvLineError.inColumn(6, "heures_realisees", "error.attendance.hours.format"),
            CsvLineError.inColumn(7, "email", "error.required"),
            CsvLineError.inColumn(
                8, "email", "error.attendance.import.duplicate-learner", "helene@example.org", 6),
            CsvLineError.inColumn(8, "heures_realisees", "error.required"),
            CsvLineError.inColumn(
                9, "email", "error.attendance.import.duplicate-learner", "k.durand@example.org", 4),
            CsvLineError.inColumn(
                9, "heures_realisees", "error.attendance.hours.too-many", "30", "20"),
            CsvLineError.inColumn(
                10, "email", "error.attendance.import.duplicate-learner", "helene@example.org", 6),
            CsvLineError.inColumn(10, "heures_realisees", "error.attendance.hours.scale", 2),
            CsvLineError.of(11, "error.csv.column-count", 2, 3),
            CsvLineError.of(12, "error.csv.unterminated-quote"));
    var error = catchThrowableOfType(RuleViolationException.class, result::requireNoErrors);
    assertThat(error.fieldErrors()).hasSize(13);
    assertThat(error.fieldErrors().get(0).field()).isEqualTo("line[3].email");
  }

  @Test
  void more_hostile_cells_crlf_quoting_exponents_units_and_oversized_numbers() {
    AttendanceImport result =
        read(
            "email;heures_realisees\r\n"
                + "\"julie.m@example.org\";\"12,5\"\r\n"
                + "\"k.durand@example.org;x\";3\r\n"
                + "helene@example.org;1e3\r\n"
                + "helene@example.org;12h\r\n"
                + "helene@example.org;1 000\r\n"
                + "helene@example.org;1234567\r\n"
                + "helene@example.org; +5\r\n");

    assertThat(result.lines()).isEmpty();
    assertThat(result.errors())
        .extracting(e -> e.line() + ":" + e.column() + ":" + e.messageKey())
        .containsExactly(
            "3:email:error.attendance.import.unknown-learner",
            "4:heures_realisees:error.attendance.hours.format",
            "5:email:error.attendance.import.duplicate-learner",
            "5:heures_realisees:error.attendance.hours.format",
            "6:email:error.attendance.import.duplicate-learner",
            "6:heures_realisees:error.attendance.hours.format",
            "7:email:error.attendance.import.duplicate-learner",
            "7:heures_realisees:error.attendance.hours.format",
            "8:email:error.attendance.import.duplicate-learner",
            "8:heures_realisees:error.attendance.hours.format");
  }

  @Test
  void a_quoted_good_line_with_crlf_reads_alone() {
    assertThat(
            read("email;heures_realisees\r\n\"julie.m@example.org\";\"12,5\"\r\n")
                .requireNoErrors())
        .containsExactly(new ImportedHours(2, EnrolmentId.of(1), new BigDecimal("12.5")));
  }

  @Test
  void one_bad_line_among_good_ones_still_yields_nothing() {
    AttendanceImport result =
        read("email;heures_realisees\njulie.m@example.org;12\nk.durand@example.org;-1\n");

    assertThat(result.lines()).isEmpty();
    assertThat(result.errors()).extracting(CsvLineError::line).containsExactly(3);
  }

  @Test
  void rejects_a_file_without_the_required_columns() {
    AttendanceImport result = read("email;heures\njulie.m@example.org;12\n");

    assertThat(result.lines()).isEmpty();
    assertThat(result.errors())
        .containsExactly(CsvLineError.of(1, "error.csv.missing-columns", "heures_realisees"));
  }

  @Test
  void reports_a_windows_1252_file_read_as_utf8_on_the_line_and_column_at_fault() {
    byte[] file =
        "email;heures_realisees;nom\nhelene@example.org;3;Hélène\njulie.m@example.org;2;Martin\n"
            .getBytes(WINDOWS_1252);

    AttendanceImport result = utf8.read(file, ROSTER, PLANNED);

    assertThat(result.lines()).isEmpty();
    assertThat(result.errors())
        .containsExactly(CsvLineError.inColumn(2, "nom", "error.csv.encoding", "UTF-8"));
  }

  @Test
  void rejects_a_utf8_file_when_windows_1252_is_configured_and_reads_it_when_it_is_1252() {
    LmsAttendanceCsv cp1252 = new LmsAttendanceCsv(WINDOWS_1252);
    String text = "email;heures_realisees;nom\nhelene@example.org;3;Hélène\n";

    AttendanceImport wrong = cp1252.read(text.getBytes(StandardCharsets.UTF_8), ROSTER, PLANNED);
    AttendanceImport right = cp1252.read(text.getBytes(WINDOWS_1252), ROSTER, PLANNED);

    assertThat(wrong.errors())
        .containsExactly(
            CsvLineError.of(2, "error.csv.encoding-mismatch", "UTF-8", "windows-1252"));
    assertThat(right.requireNoErrors())
        .containsExactly(new ImportedHours(2, EnrolmentId.of(3), new BigDecimal("3")));
  }

  @Test
  void rejects_an_empty_file_and_a_comma_separated_one() {
    assertThat(read("").errors()).containsExactly(CsvLineError.of(1, "error.csv.empty"));
    assertThat(read("email,heures_realisees\na@b.fr,3\n").errors())
        .containsExactly(CsvLineError.of(1, "error.csv.delimiter", ";", ","));
  }
}
