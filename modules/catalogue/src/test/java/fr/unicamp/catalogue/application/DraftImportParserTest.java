package fr.unicamp.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.domain.university.UniversityCode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A good file and the hostile corpus: every error with its line and column, no draft returned. */
class DraftImportParserTest {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  static final String HEADER =
      "university;code;titleFr;titleEn;hours;learningOutcomesFr;ects;eqfLevel;assessmentType;"
          + "identityVerification;attendanceThresholdPercent;price\r\n";

  /** Staff of ULILLE, where MC-OLD exists; ULILLE and URENNES are the consortium. */
  static final DraftImportParser.Scope STAFF =
      new DraftImportParser.Scope(
          Optional.of(ULILLE),
          u -> Set.of("ULILLE", "URENNES").contains(u.value()),
          (u, code) -> u.equals(ULILLE) && code.equals("MC-OLD"));

  static final DraftImportParser.Scope ADMIN =
      new DraftImportParser.Scope(Optional.empty(), STAFF.universityExists(), STAFF.codeExists());

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<String> errorsOf(byte[] data, Charset charset, DraftImportParser.Scope scope) {
    RuleViolationException e =
        catchThrowableOfType(
            () -> DraftImportParser.parse(data, charset, scope), RuleViolationException.class);
    assertThat(e).as("the file is refused").isNotNull();
    return e.fieldErrors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
  }

  static List<String> errorsOf(String text) {
    return errorsOf(utf8(text), StandardCharsets.UTF_8, STAFF);
  }

  @Test
  void reads_every_column_of_a_good_file_with_a_bom_and_french_decimals() {
    String file =
        "\uFEFF"
            + HEADER
            + "ULILLE;MC-CYBER;Cybersécurité pour les PME;Cybersecurity for SMEs;20;"
            + "Évaluer les risques | - Choisir des mesures;1,5;6;AUTHENTIC_TASK;"
            + "SUPERVISED_WITH_ID_CHECK;80;450,00\r\n"
            + ";MC-IA;IA générative en pédagogie;;12;;;;;;;\r\n";

    List<DraftImportLine> lines =
        DraftImportParser.parse(utf8(file), StandardCharsets.UTF_8, STAFF);

    assertThat(lines).hasSize(2);
    DraftImportLine first = lines.get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.draft())
        .isEqualTo(
            new NewMicroCertification(
                ULILLE, "MC-CYBER", "Cybersécurité pour les PME", "Cybersecurity for SMEs", 20));
    assertThat(first.annex().learningOutcomesFr())
        .containsExactly("Évaluer les risques", "- Choisir des mesures");
    assertThat(first.annex().ects()).isEqualByComparingTo("1.5");
    assertThat(first.annex().eqfLevel()).isEqualTo(6);
    assertThat(first.annex().assessmentType()).isEqualTo(AssessmentType.AUTHENTIC_TASK);
    assertThat(first.annex().identityVerification())
        .isEqualTo(IdentityVerification.SUPERVISED_WITH_ID_CHECK);
    assertThat(first.annex().attendanceThresholdPercent()).isEqualTo(80);
    assertThat(first.annex().price()).isEqualTo(Money.eur(new BigDecimal("450.00")));
    assertThat(first.describesAnnex()).isTrue();
    DraftImportLine second = lines.get(1);
    assertThat(second.draft().university()).as("empty: the staff's own").isEqualTo(ULILLE);
    assertThat(second.draft().titleEn()).isNull();
    assertThat(second.describesAnnex()).isFalse();
  }

  @Test
  void reads_windows_1252_when_told_and_refuses_its_bytes_as_utf8() {
    byte[] file =
        ("code;titleFr;hours\r\nMC-ECO;Éco-conception numérique;14\r\n").getBytes(WINDOWS_1252);

    assertThat(DraftImportParser.parse(file, WINDOWS_1252, STAFF).get(0).draft().titleFr())
        .isEqualTo("Éco-conception numérique");
    assertThat(errorsOf(file, StandardCharsets.UTF_8, STAFF))
        .containsExactly("line[2].titleFr:error.csv.encoding");
  }

  @Test
  void refuses_a_utf8_file_announced_as_windows_1252() {
    byte[] file = utf8("code;titleFr;hours\r\nMC-ECO;Éco-conception;14\r\n");
    assertThat(errorsOf(file, WINDOWS_1252, STAFF))
        .containsExactly("line[2]:error.csv.encoding-mismatch");
  }

  @Test
  void refuses_the_wrong_delimiter_a_missing_column_and_an_unknown_one() {
    assertThat(errorsOf("code,titleFr,hours\r\nMC-A,Titre,12\r\n"))
        .containsExactly("line[1]:error.csv.delimiter");
    assertThat(errorsOf("code;titleFr\r\nMC-A;Titre\r\n"))
        .containsExactly("line[1]:error.csv.missing-columns");
    assertThat(errorsOf("code;titleFr;hours;titelEn\r\nMC-A;Titre;12;x\r\n"))
        .containsExactly("line[1]:error.import.unknown-columns");
  }

  @Test
  void refuses_an_empty_file_and_one_with_a_header_only() {
    assertThat(errorsOf("")).containsExactly("line[1]:error.csv.empty");
    assertThat(errorsOf("\uFEFF")).containsExactly("line[1]:error.csv.empty");
    assertThat(errorsOf("code;titleFr;hours\r\n")).containsExactly("line[1]:error.import.no-lines");
  }

  @Test
  void refuses_a_file_too_long_for_one_transaction() {
    StringBuilder file = new StringBuilder("code;titleFr;hours\r\n");
    for (int i = 0; i <= DraftImportParser.MAX_LINES; i++) {
      file.append("MC-").append(i).append(";Titre;12\r\n");
    }
    assertThat(errorsOf(file.toString())).containsExactly("line[1]:error.import.too-many-lines");
    assertThat(
            errorsOf(
                utf8("x".repeat(DraftImportParser.MAX_BYTES + 1)), StandardCharsets.UTF_8, STAFF))
        .containsExactly("line[1]:error.import.too-large");
  }

  @Test
  void refuses_the_whole_file_for_a_truncated_last_line() {
    assertThat(errorsOf("code;titleFr;hours\r\nMC-A;Titre A;12\r\nMC-B;Titre"))
        .containsExactly("line[3]:error.csv.column-count");
    assertThat(errorsOf("code;titleFr;hours\r\nMC-A;Titre A;12\r\nMC-B;\"Titre;12"))
        .containsExactly("line[3]:error.csv.unterminated-quote");
  }

  @Test
  void refuses_formula_cells_but_not_bullets_or_numbers() {
    assertThat(
            errorsOf(
                "code;titleFr;hours;learningOutcomesFr\r\n"
                    + "MC-A;=HYPERLINK(\"http://x\");12;ok\r\n"
                    + "MC-B;Titre;12;@SUM(A1)\r\n"
                    + "MC-C;+33 6;-3;- une puce\r\n"))
        .containsExactly(
            "line[2].titleFr:error.import.formula",
            "line[3].learningOutcomesFr:error.import.formula",
            "line[4].titleFr:error.import.formula",
            "line[4].hours:error.import.integer");
  }

  @Test
  void refuses_unknown_codes_bad_numbers_and_hours_outside_7_to_30() {
    assertThat(
            errorsOf(
                HEADER
                    + "ULILLE;MC-A;Titre;;6;;0,5;9;ESSAY;;80;12.5.0\r\n"
                    + "ULILLE;MC-B;Titre;;31;;abc;;;SUPERVISED;;\r\n"
                    + "ULILLE;mc c;;;douze;;;;;;;\r\n"))
        .containsExactly(
            "line[2].hours:error.hours.range",
            "line[2].assessmentType:error.code.unknown",
            "line[2].price:error.price.format",
            "line[2].eqfLevel:error.range",
            "line[3].hours:error.hours.range",
            "line[3].ects:error.ects.range",
            "line[3].identityVerification:error.code.unknown",
            "line[4].hours:error.import.integer",
            "line[4].code:error.code.format",
            "line[4].titleFr:error.required");
  }

  @Test
  void refuses_a_code_repeated_in_the_file_or_already_used() {
    assertThat(
            errorsOf("code;titleFr;hours\r\nMC-A;Titre;12\r\nMC-OLD;Titre;12\r\nMC-A;Autre;14\r\n"))
        .containsExactly(
            "line[3].code:error.micro-certification.duplicate-code",
            "line[4].code:error.import.duplicate-in-file");
  }

  @Test
  void keeps_staff_to_their_university_and_makes_admins_name_one() {
    String file = "university;code;titleFr;hours\r\nURENNES;MC-A;Titre;12\r\nUNOPE;MC-B;T;12\r\n";
    assertThat(errorsOf(utf8(file), StandardCharsets.UTF_8, STAFF))
        .containsExactly(
            "line[2].university:error.import.foreign-university",
            "line[3].university:error.import.foreign-university");
    assertThat(errorsOf(utf8(file), StandardCharsets.UTF_8, ADMIN))
        .containsExactly("line[3].university:error.import.unknown-university");
    assertThat(
            errorsOf(
                utf8("code;titleFr;hours\r\nMC-A;Titre;12\r\n"), StandardCharsets.UTF_8, ADMIN))
        .containsExactly("line[2].university:error.required");
    assertThat(
            DraftImportParser.parse(
                    utf8("university;code;titleFr;hours\r\nURENNES;MC-OLD;Titre;12\r\n"),
                    StandardCharsets.UTF_8,
                    ADMIN)
                .get(0)
                .draft()
                .university())
        .as("a code is unique per university")
        .isEqualTo(UniversityCode.of("URENNES"));
  }

  @Test
  void reads_the_documented_example_file() throws java.io.IOException {
    byte[] example =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../../docs/formats/examples/catalogue-import.csv"));
    assertThat(DraftImportParser.parse(example, StandardCharsets.UTF_8, STAFF))
        .hasSize(3)
        .allMatch(l -> l.draft().university().equals(ULILLE) && l.describesAnnex());
  }

  @Test
  void accepts_an_export_with_its_id_and_status_columns() {
    String file =
        "id;status;university;code;titleFr;hours\r\n12;PUBLISHED;ULILLE;MC-A;Titre;12\r\n";
    assertThat(DraftImportParser.parse(utf8(file), StandardCharsets.UTF_8, STAFF)).hasSize(1);
  }
}
