package fr.unicamp.common.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files as they really arrive: from Excel, from old systems, cut short, or simply wrong. */
class CsvHostileCorpusTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void strips_a_utf8_bom_so_that_the_first_column_keeps_its_name() {
    byte[] file = bytes("\uFEFFine;nom\n123;Dupré\n", StandardCharsets.UTF_8);
    CsvParseResult result = CsvReader.utf8().requiring("ine").read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).get("ine")).isEqualTo("123");
    assertThat(result.records().get(0).get("nom")).isEqualTo("Dupré");
  }

  @Test
  void reads_windows_1252_accents_from_single_bytes() {
    byte[] file = bytes("nom;ville\nHélène;Besançon\n", WINDOWS_1252);
    assertThat(file).contains((byte) 0xE9);
    CsvParseResult result = CsvReader.windows1252().read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.records().get(0).values()).containsExactly("Hélène", "Besançon");
  }

  @Test
  void reports_a_windows_1252_file_read_as_utf8_on_each_bad_line_and_keeps_the_others() {
    byte[] file = bytes("nom;ville\nHélène;Lyon\nMartin;Paris\nDupont;Besançon\n", WINDOWS_1252);
    CsvParseResult result = CsvReader.utf8().read(file);
    assertThat(result.errors())
        .containsExactly(
            CsvLineError.inColumn(2, "nom", "error.csv.encoding", "UTF-8"),
            CsvLineError.inColumn(4, "ville", "error.csv.encoding", "UTF-8"));
    assertThat(result.records()).extracting(r -> r.get("nom")).containsExactly("Martin");
    assertThat(result.records().get(0).values()).noneMatch(v -> v.contains("\uFFFD"));
  }

  @Test
  void names_the_physical_line_of_a_bad_byte_inside_a_multi_line_value() {
    byte[] file =
        concat(
            bytes("id;texte\n1;\"première\nligne ", StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9},
            bytes("t\u00e9\"\n", StandardCharsets.UTF_8));
    CsvParseResult result = CsvReader.utf8().read(file);
    assertThat(result.errors())
        .containsExactly(CsvLineError.inColumn(3, "texte", "error.csv.encoding", "UTF-8"));
  }

  @Test
  void rejects_malformed_bytes_in_the_header_as_a_file_error() {
    byte[] file =
        concat(new byte[] {'n', (byte) 0xE9, ';', 'b', '\n'}, bytes("1;2\n", WINDOWS_1252));
    CsvParseResult result = CsvReader.utf8().read(file);
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.errors()).containsExactly(CsvLineError.of(1, "error.csv.encoding", "UTF-8"));
  }

  @Test
  void rejects_a_utf8_file_announced_as_windows_1252_instead_of_storing_mojibake() {
    byte[] file = bytes("nom;ville\nMartin;Paris\nHélène;Lyon\n", StandardCharsets.UTF_8);
    CsvParseResult result = CsvReader.windows1252().read(file);
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.records()).isEmpty();
    assertThat(result.errors())
        .containsExactly(
            CsvLineError.of(3, "error.csv.encoding-mismatch", "UTF-8", "windows-1252"));
  }

  @Test
  void rejects_a_file_with_a_utf8_bom_announced_as_windows_1252() {
    byte[] file = bytes("\uFEFFnom\nMartin\n", StandardCharsets.UTF_8);
    assertThat(CsvReader.windows1252().read(file).errors())
        .containsExactly(
            CsvLineError.of(1, "error.csv.encoding-mismatch", "UTF-8", "windows-1252"));
  }

  @Test
  void reads_a_pure_ascii_file_in_either_charset() {
    byte[] file = bytes("nom\nMartin\n", StandardCharsets.US_ASCII);
    assertThat(CsvReader.windows1252().read(file).records()).hasSize(1);
    assertThat(CsvReader.utf8().read(file).records()).hasSize(1);
  }

  @Test
  void rejects_a_comma_separated_file_saying_which_separator_was_expected() {
    CsvParseResult result =
        CsvReader.utf8().read(bytes("ine,nom,prenom\n1,Dupont,Jean\n", StandardCharsets.UTF_8));
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.records()).isEmpty();
    assertThat(result.errors())
        .containsExactly(CsvLineError.of(1, "error.csv.delimiter", ";", ","));
  }

  @Test
  void rejects_a_tab_separated_file() {
    CsvParseResult result =
        CsvReader.utf8().read(bytes("ine\tnom\n1\tDupont\n", StandardCharsets.UTF_8));
    assertThat(result.errors())
        .containsExactly(CsvLineError.of(1, "error.csv.delimiter", ";", "TAB"));
  }

  @Test
  void reports_a_truncated_last_line_and_keeps_the_lines_before_it() {
    byte[] file = bytes("id;texte\n1;complet\n2;\"coupé en pleine\nvaleur", StandardCharsets.UTF_8);
    CsvParseResult result = CsvReader.utf8().read(file);
    assertThat(result.errors()).containsExactly(CsvLineError.of(3, "error.csv.unterminated-quote"));
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(2);
    assertThat(result.fileRejected()).isFalse();
  }

  @Test
  void rejects_an_empty_file_and_a_file_holding_only_a_bom_or_blank_lines() {
    for (byte[] file :
        List.of(
            new byte[0],
            bytes("\uFEFF", StandardCharsets.UTF_8),
            bytes("\r\n\n", StandardCharsets.UTF_8))) {
      CsvParseResult result = CsvReader.utf8().read(file);
      assertThat(result.fileRejected()).isTrue();
      assertThat(result.errors()).containsExactly(CsvLineError.of(1, "error.csv.empty"));
    }
  }

  @Test
  void accepts_a_header_only_file_as_a_file_with_no_records() {
    CsvParseResult result =
        CsvReader.utf8().requiring("a").read(bytes("a;b\r\n", StandardCharsets.UTF_8));
    assertThat(result.errors()).isEmpty();
    assertThat(result.header()).containsExactly("a", "b");
    assertThat(result.records()).isEmpty();
  }

  @Test
  void round_trips_values_with_separators_quotes_line_breaks_accents_and_numbers()
      throws IOException {
    List<List<Object>> rows =
        List.of(
            List.of("a;b", "il dit \"oui\"", "ligne 1\r\nligne 2"),
            List.of("Hélène Œuvre", new BigDecimal("-12.50"), "-3"),
            List.of("", "fin\n", "\"\""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(out, CsvWriteOptions.forExchange())) {
      csv.header("un", "deux", "trois");
      for (List<Object> row : rows) {
        csv.row(row);
      }
    }
    CsvParseResult result =
        CsvReader.utf8().requiring("un", "deux", "trois").read(out.toByteArray());
    assertThat(result.errors()).isEmpty();
    assertThat(result.records())
        .extracting(CsvRecord::values)
        .containsExactly(
            List.of("a;b", "il dit \"oui\"", "ligne 1\r\nligne 2"),
            List.of("Hélène Œuvre", "-12.50", "-3"),
            List.of("", "fin\n", "\"\""));
    assertThat(result.records()).extracting(CsvRecord::line).containsExactly(2, 4, 5);
  }

  @Test
  void reads_back_a_neutralised_formula_as_inert_text() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(out, CsvWriteOptions.forExchange())) {
      csv.header("f").row("=SUM(A1)").row("+1").row("@cmd").row("-1+1");
    }
    assertThat(CsvReader.utf8().read(out.toByteArray()).records())
        .extracting(r -> r.get("f"))
        .containsExactly("'=SUM(A1)", "'+1", "'@cmd", "'-1+1");
  }
}
