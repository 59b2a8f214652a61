package fr.unicamp.common.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchCsvWriterTest {

  private static String write(CsvWriteOptions options, Object[]... rows) throws IOException {
    StringWriter out = new StringWriter();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(out, options)) {
      for (Object[] row : rows) {
        csv.row(row);
      }
    }
    return out.toString();
  }

  private static String cell(Object value) throws IOException {
    String text = write(CsvWriteOptions.forExchange().withoutByteOrderMark(), new Object[] {value});
    return text.substring(0, text.length() - 2);
  }

  @Test
  void writes_utf8_with_a_bom_semicolons_and_crlf_line_ends() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(bytes, CsvWriteOptions.forExchange())) {
      csv.header("nom", "prénom").row("Dupré", "Éloïse");
    }
    byte[] expected = ("\uFEFFnom;prénom\r\nDupré;Éloïse\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.toByteArray()).isEqualTo(expected);
    assertThat(Arrays.copyOf(bytes.toByteArray(), 3))
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void leaves_the_bom_out_when_asked() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv =
        FrenchCsvWriter.open(bytes, CsvWriteOptions.forExchange().withoutByteOrderMark())) {
      csv.row("a", "b");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a;b\r\n");
  }

  @Test
  void quotes_cells_holding_a_separator_a_quote_or_a_line_break_and_doubles_quotes()
      throws IOException {
    assertThat(cell("a;b")).isEqualTo("\"a;b\"");
    assertThat(cell("dit \"oui\"")).isEqualTo("\"dit \"\"oui\"\"\"");
    assertThat(cell("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
    assertThat(cell("ligne 1\r\nligne 2")).isEqualTo("\"ligne 1\r\nligne 2\"");
    assertThat(cell("a,b")).as("a comma needs no quotes with ';'").isEqualTo("a,b");
    assertThat(cell("l'été")).isEqualTo("l'été");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=SUM(A1)",
        "+1",
        "@cmd",
        "-1+1",
        "-A1",
        "-2e3",
        "=cmd|' /C calc'!A0",
        "\tTAB",
        "\uFF1D1+1",
        "-",
        "+33 6 12 34 56 78"
      })
  void prefixes_with_an_apostrophe_every_cell_a_spreadsheet_would_execute(String value)
      throws IOException {
    assertThat(CsvCells.neutralise(value)).isEqualTo("'" + value);
    assertThat(cell(value)).startsWith("'").contains(value.replace("\"", "\"\""));
  }

  @Test
  void neutralises_a_leading_carriage_return_and_still_quotes_it() throws IOException {
    assertThat(cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12.50", "-3", "-0,5", "12.50", "0", ""})
  void keeps_plain_numbers_including_negative_ones_as_numbers(String value) throws IOException {
    assertThat(cell(value)).isEqualTo(value);
  }

  @Test
  void neutralises_formulas_hidden_in_a_quoted_cell() throws IOException {
    assertThat(cell("=HYPERLINK(\"http://x\";\"clic\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\"");
  }

  @Test
  void neutralises_header_names_as_well_as_values() throws IOException {
    StringWriter out = new StringWriter();
    try (FrenchCsvWriter csv =
        FrenchCsvWriter.open(out, CsvWriteOptions.forExchange().withoutByteOrderMark())) {
      csv.header("=evil", "ok");
    }
    assertThat(out.toString()).isEqualTo("'=evil;ok\r\n");
  }

  @Test
  void writes_decimals_with_a_dot_for_exchange_files_and_a_comma_for_spreadsheets()
      throws IOException {
    Object[] row = {new BigDecimal("-12.50"), new BigDecimal("1E+3"), 42, 2.5d, null};
    assertThat(write(CsvWriteOptions.forExchange().withoutByteOrderMark(), row))
        .isEqualTo("-12.50;1000;42;2.5;\r\n");
    assertThat(write(CsvWriteOptions.forSpreadsheet().withoutByteOrderMark(), row))
        .isEqualTo("-12,50;1000;42;2,5;\r\n");
    assertThat(CsvWriteOptions.forSpreadsheet().byteOrderMark()).isTrue();
  }

  @Test
  void refuses_a_row_whose_width_differs_from_the_header() throws IOException {
    StringWriter out = new StringWriter();
    FrenchCsvWriter csv = FrenchCsvWriter.open(out, CsvWriteOptions.forExchange());
    csv.header("a", "b");
    assertThatThrownBy(() -> csv.row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells")
        .hasMessageContaining("has 2");
    assertThat(out.toString()).isEqualTo("\uFEFFa;b\r\n");
  }

  @Test
  void refuses_a_header_after_the_first_row() throws IOException {
    FrenchCsvWriter csv = FrenchCsvWriter.open(new StringWriter(), CsvWriteOptions.forExchange());
    csv.row("x");
    assertThatThrownBy(() -> csv.header("a")).isInstanceOf(IllegalStateException.class);
  }
}
