package fr.unicamp.common.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static CsvParseResult read(String text) {
    return CsvReader.utf8().read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_records_with_their_line_numbers_and_values_by_header_name() {
    CsvParseResult result = read("num;nom\r\n1;Dupont\r\n2;Martin\r\n");
    assertThat(result.errors()).isEmpty();
    assertThat(result.header()).containsExactly("num", "nom");
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(2, 3);
    assertThat(result.records().get(1).get("nom")).isEqualTo("Martin");
    assertThat(result.records().get(1).get(0)).isEqualTo("2");
    assertThat(result.records().get(0).values()).containsExactly("1", "Dupont");
  }

  @Test
  void accepts_lf_and_lone_cr_line_ends_and_a_missing_final_line_end() {
    assertThat(read("a;b\n1;2\n3;4").records())
        .extracting(r -> r.get("b"))
        .containsExactly("2", "4");
    assertThat(read("a;b\r1;2\r3;4\r").records()).extracting(CsvRecord::line).containsExactly(2, 3);
  }

  @Test
  void numbers_a_record_by_the_physical_line_where_it_starts() {
    CsvParseResult result = read("id;texte\n1;\"deux\nlignes\"\n2;suite\n");
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(2, 4);
    assertThat(result.records().get(0).get("texte")).isEqualTo("deux\nlignes");
  }

  @Test
  void reads_quoted_fields_with_separators_doubled_quotes_and_line_breaks() {
    CsvParseResult result = read("a;b\n\"x;y\";\"il dit \"\"non\"\"\r\npuis part\"\n");
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).values())
        .containsExactly("x;y", "il dit \"non\"\r\npuis part");
  }

  @Test
  void keeps_values_raw_and_empty_cells_empty_but_trims_header_names() {
    CsvRecord record = read(" a ;b;c\n  x ;;\"\"\n").records().get(0);
    assertThat(record.get("a")).isEqualTo("  x ");
    assertThat(record.get("b")).isEmpty();
    assertThat(record.get("c")).isEmpty();
  }

  @Test
  void skips_blank_lines() {
    CsvParseResult result = read("a;b\n\n1;2\r\n\r\n3;4\n\n");
    assertThat(result.errors()).isEmpty();
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(3, 5);
  }

  @Test
  void keeps_a_quote_inside_an_unquoted_value_as_spreadsheets_do() {
    assertThat(read("a\n12\" pouces\n").records().get(0).get("a")).isEqualTo("12\" pouces");
  }

  @Test
  void rejects_a_line_with_text_after_a_closing_quote_and_goes_on() {
    CsvParseResult result = read("a;b\n\"x\"y;2\n3;4\n");
    assertThat(result.errors()).containsExactly(CsvLineError.of(2, "error.csv.stray-quote"));
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(3);
    assertThat(result.fileRejected()).isFalse();
  }

  @Test
  void rejects_a_line_with_too_few_or_too_many_cells_and_goes_on() {
    CsvParseResult result = read("a;b;c\n1;2\n1;2;3\n1;2;3;4\n");
    assertThat(result.errors())
        .containsExactly(
            CsvLineError.of(2, "error.csv.column-count", 3, 2),
            CsvLineError.of(4, "error.csv.column-count", 3, 4));
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(3);
  }

  @Test
  void rejects_a_file_lacking_required_columns_with_one_error_listing_them() {
    CsvParseResult result =
        CsvReader.utf8()
            .requiring("ine", "nom", "prenom", "email")
            .read("nom;email\nDupont;d@x.fr\n".getBytes(StandardCharsets.UTF_8));
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.records()).isEmpty();
    assertThat(result.errors())
        .containsExactly(CsvLineError.of(1, "error.csv.missing-columns", "ine, prenom"));
  }

  @Test
  void accepts_a_file_with_every_required_column_in_any_order_and_extra_ones() {
    CsvParseResult result =
        CsvReader.utf8()
            .requiring("nom", "ine")
            .read("ine;extra;nom\n123;x;Dupont\n".getBytes(StandardCharsets.UTF_8));
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).get("nom")).isEqualTo("Dupont");
    assertThat(result.records().get(0).find("absente")).isEmpty();
    assertThat(result.records().get(0).find("extra")).contains("x");
  }

  @Test
  void rejects_duplicate_header_names() {
    CsvParseResult result = read("nom;email;nom ;email;code\n1;2;3;4;5\n");
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.records()).isEmpty();
    assertThat(result.errors())
        .containsExactly(CsvLineError.of(1, "error.csv.duplicate-columns", "nom, email"));
  }

  @Test
  void tolerates_blank_header_cells_but_does_not_name_them() {
    CsvParseResult result = read("a;;\n1;2;3\n");
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).values()).containsExactly("1", "2", "3");
    assertThat(result.records().get(0).find("")).isEmpty();
  }

  @Test
  void refuses_to_get_an_unknown_column_since_that_is_a_programming_error() {
    CsvRecord record = read("a\n1\n").records().get(0);
    assertThatThrownBy(() -> record.get("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
  }

  @Test
  void reads_from_an_input_stream() throws IOException {
    CsvParseResult result =
        CsvReader.utf8().read(new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(result.records()).hasSize(1);
  }

  @Test
  void refuses_charsets_other_than_utf8_and_windows_1252() {
    assertThatThrownBy(() -> CsvReader.of(StandardCharsets.UTF_16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void turns_every_error_into_a_rule_violation_for_all_or_nothing_callers() {
    CsvParseResult result = read("a;b\n1\n1;2\n\"x\"y;2\n");
    var violation = catchThrowableOfType(RuleViolationException.class, result::requireNoErrors);
    assertThat(violation.fieldErrors())
        .containsExactly(
            FieldError.of("line[2]", "error.csv.column-count", 2, 1),
            FieldError.of("line[4]", "error.csv.stray-quote"));
    assertThat(read("a\n1\n").requireNoErrors()).hasSize(1);
  }

  @Test
  void names_the_column_in_a_field_error_when_one_is_known() {
    assertThat(CsvLineError.inColumn(7, "nom", "error.csv.encoding", "UTF-8").toFieldError())
        .isEqualTo(FieldError.of("line[7].nom", "error.csv.encoding", "UTF-8"));
  }

  @Test
  void a_rejected_file_result_cannot_carry_records() {
    CsvRecord record = read("a\n1\n").records().get(0);
    assertThatThrownBy(
            () ->
                new CsvParseResult(
                    List.of("a"),
                    List.of(record),
                    List.of(CsvLineError.of(1, "error.csv.empty")),
                    true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
