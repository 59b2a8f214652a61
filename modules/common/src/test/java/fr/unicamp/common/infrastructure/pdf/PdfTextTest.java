package fr.unicamp.common.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  PDDocument document;
  PdfFont font;

  @BeforeEach
  void load() throws IOException {
    document = new PDDocument();
    font = PdfFonts.embedIn(document).regular;
  }

  @AfterEach
  void close() throws IOException {
    document.close();
  }

  @Test
  void lines_break_at_spaces_and_each_fits_the_width() {
    String text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";

    List<String> lines = PdfText.wrap(text, font, 10, 80);

    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines).allSatisfy(l -> assertThat(font.width(l, 10)).isLessThanOrEqualTo(80));
    assertThat(String.join(" ", lines)).isEqualTo(text);
  }

  @Test
  void a_word_wider_than_the_line_is_cut_inside() {
    String address = "jean-baptiste.de-la-fontaine-des-près@universite-exemple.fr";

    List<String> lines = PdfText.wrap(address, font, 10, 60);

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).allSatisfy(l -> assertThat(font.width(l, 10)).isLessThanOrEqualTo(60));
    assertThat(String.join("", lines)).isEqualTo(address);
  }

  @Test
  void explicit_line_breaks_are_kept_and_a_no_break_space_never_breaks() {
    float width = font.width("taux 83,33", 10) + 1;

    List<String> lines = PdfText.wrap("taux 83,33\u00a0%\nfin", font, 10, width);

    assertThat(lines).containsExactly("taux", "83,33\u00a0%", "fin");
  }

  @Test
  void empty_text_is_one_empty_line() {
    assertThat(PdfText.wrap(null, font, 10, 100)).containsExactly("");
    assertThat(PdfText.wrap("", font, 10, 100)).containsExactly("");
  }
}
