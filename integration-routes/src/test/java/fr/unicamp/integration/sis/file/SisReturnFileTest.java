package fr.unicamp.integration.sis.file;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.integration.sis.SisReturnLine;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The hostile corpus, at the parser: every bad line is named with its line, column and reason. */
class SisReturnFileTest {

  static final String HEADER =
      "reference_inscription;statut;num_etudiant;ine;statut_ia;statut_ip;motif_rejet;note_finale;"
          + "resultat_final;date_maj\r\n";
  static final String CONFIRMED =
      "ENR-1;CONFIRME;21901234;1234567890A;E;VALIDE;;15.50;ADM;2026-11-29T02:10:00\r\n";
  static final String REJECTED =
      "ENR-2;REJETE;;;;;Pièce d'identité manquante;;;2026-11-29T02:10:00+01:00\r\n";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static SisReturnFile.Parsed utf8(String text) {
    return SisReturnFile.parse(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void reads_confirmations_and_rejections() {
    SisReturnFile.Parsed parsed = utf8(HEADER + CONFIRMED + REJECTED);

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.read()).isEqualTo(2);
    SisReturnLine confirmed = parsed.lines().get(0);
    assertThat(confirmed.outcome()).isEqualTo(SisReturnLine.Outcome.CONFIRMED);
    assertThat(confirmed.studentNumber()).isEqualTo("21901234");
    assertThat(confirmed.finalGrade()).isEqualByComparingTo(new BigDecimal("15.50"));
    assertThat(confirmed.updatedAt())
        .isEqualTo(OffsetDateTime.parse("2026-11-29T02:10:00+01:00"))
        .as("a local time is Paris time");
    SisReturnLine rejected = parsed.lines().get(1);
    assertThat(rejected.outcome()).isEqualTo(SisReturnLine.Outcome.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("Pièce d'identité manquante");
    assertThat(rejected.line()).isEqualTo(3);
  }

  @Test
  void skips_a_utf8_bom_and_reads_windows_1252_when_configured() {
    byte[] bom = ("\uFEFF" + HEADER + REJECTED).getBytes(StandardCharsets.UTF_8);
    assertThat(SisReturnFile.parse(bom, StandardCharsets.UTF_8).lines()).hasSize(1);

    byte[] cp1252 = (HEADER + REJECTED).getBytes(CP1252);
    SisReturnFile.Parsed parsed = SisReturnFile.parse(cp1252, CP1252);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.lines().get(0).rejectionReason()).isEqualTo("Pièce d'identité manquante");

    SisReturnFile.Parsed wrong = SisReturnFile.parse(cp1252, StandardCharsets.UTF_8);
    assertThat(wrong.errors())
        .extracting(CsvLineError::line, CsvLineError::column, CsvLineError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "motif_rejet", "error.csv.encoding"));
  }

  @Test
  void rejects_a_file_with_the_wrong_delimiter_or_nothing_in_it() {
    assertThat(utf8(HEADER.replace(';', ',') + CONFIRMED.replace(';', ',')).errors())
        .extracting(CsvLineError::messageKey)
        .containsExactly("error.csv.delimiter");
    assertThat(utf8("").errors())
        .extracting(CsvLineError::messageKey)
        .containsExactly("error.csv.empty");
    assertThat(utf8("").read()).isZero();
    assertThat(utf8(HEADER).lines()).isEmpty();
    assertThat(utf8(HEADER).errors()).isEmpty();
  }

  @Test
  void reports_a_truncated_last_line() {
    String truncated = CONFIRMED.substring(0, 30);

    SisReturnFile.Parsed parsed = utf8(HEADER + REJECTED + truncated);

    assertThat(parsed.lines()).hasSize(1);
    assertThat(parsed.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.messageKey()).isEqualTo("error.csv.column-count");
            });
  }

  @Test
  void rejects_a_second_line_for_the_same_enrolment_naming_the_first() {
    SisReturnFile.Parsed parsed = utf8(HEADER + CONFIRMED + REJECTED + CONFIRMED);

    assertThat(parsed.errors())
        .containsExactly(
            CsvLineError.inColumn(
                4, "reference_inscription", "error.sis.duplicate-key", "ENR-1", 2));
  }

  @Test
  void names_each_unknown_code_and_bad_value_with_its_column() {
    String bad =
        "ENR-3;ACCEPTE;;;;;;;;2026-11-29T02:10:00\r\n"
            + "ENR-4;CONFIRME;;BAD;;;;21;XYZ;hier\r\n"
            + "ENR-5;REJETE;;;;;;;;2026-11-29\r\n";

    SisReturnFile.Parsed parsed = utf8(HEADER + bad);

    assertThat(parsed.lines()).isEmpty();
    assertThat(parsed.read()).isEqualTo(3);
    assertThat(parsed.errors())
        .extracting(CsvLineError::line, CsvLineError::column, CsvLineError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "statut", "error.sis.unknown-code"),
            org.assertj.core.groups.Tuple.tuple(3, "num_etudiant", "error.sis.required"),
            org.assertj.core.groups.Tuple.tuple(3, "ine", "error.sis.ine"),
            org.assertj.core.groups.Tuple.tuple(3, "note_finale", "error.sis.grade"),
            org.assertj.core.groups.Tuple.tuple(3, "resultat_final", "error.sis.unknown-code"),
            org.assertj.core.groups.Tuple.tuple(3, "date_maj", "error.sis.datetime"),
            org.assertj.core.groups.Tuple.tuple(4, "motif_rejet", "error.sis.required"),
            org.assertj.core.groups.Tuple.tuple(4, "date_maj", "error.sis.datetime"));
  }

  @Test
  void finds_the_business_date_in_the_file_name() {
    assertThat(SisReturnFile.businessDateOf("ia_ip_retour_ULILLE_20261129.csv"))
        .contains(LocalDate.of(2026, 11, 29));
    assertThat(SisReturnFile.businessDateOf("retour.csv")).isEmpty();
    assertThat(SisReturnFile.businessDateOf("retour_20261399.csv")).isEmpty();
  }
}
