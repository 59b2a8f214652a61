package fr.unicamp.common.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.infrastructure.pdf.PdfTable.Column;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentWriterTest {

  static final String FRENCH =
      "Élève reçu à l’oral : « très bien », cœur, œuvre, 12,50 € – où ça ?";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  static PdfDocumentWriter writer() {
    return PdfDocumentWriter.open(PdfPageFrame.french("Université de Nîmes", TODAY));
  }

  /** The text of pages {@code from} to {@code to}, both included (1-based). */
  static String text(byte[] pdf, int from, int to) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(document);
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  @Test
  void french_text_comes_back_intact_from_the_embedded_font() throws IOException {
    byte[] pdf = writer().title("Procès-verbal de délibération").paragraph(FRENCH).toBytes();

    String text = text(pdf, 1, 1);
    assertThat(text).contains("Procès-verbal de délibération").contains(FRENCH);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
      assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVuSans"));
    }
  }

  @Test
  void every_page_carries_the_university_the_date_and_its_number() throws IOException {
    byte[] pdf = writer().paragraph("première page").newPage().paragraph("seconde").toBytes();

    assertThat(pages(pdf)).isEqualTo(2);
    assertThat(text(pdf, 1, 1))
        .contains("Université de Nîmes", "Généré le 30/11/2026", "Page 1/2", "première page")
        .doesNotContain("seconde");
    assertThat(text(pdf, 2, 2)).contains("Université de Nîmes", "Page 2/2", "seconde");
  }

  @Test
  void an_english_frame_speaks_english() throws IOException {
    byte[] pdf =
        PdfDocumentWriter.open(new PdfPageFrame("Université de Lille", TODAY, Locale.ENGLISH))
            .paragraph("Hello")
            .toBytes();

    assertThat(text(pdf, 1, 1)).contains("Generated on 2026-11-30", "Page 1/1");
  }

  @Test
  void a_long_table_runs_onto_new_pages_with_its_header_repeated() throws IOException {
    PdfTable table = PdfTable.of(Column.right("N°", 1), Column.left("Apprenant", 4));
    for (int i = 1; i <= 120; i++) {
      table.row(Integer.toString(i), "Apprenant n° " + i);
    }

    byte[] pdf = writer().table(table).toBytes();

    int pages = pages(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int p = 1; p <= pages; p++) {
      assertThat(text(pdf, p, p)).contains("Apprenant\n", "Page " + p + "/" + pages);
    }
    String all = text(pdf, 1, pages);
    for (int i = 1; i <= 120; i++) {
      assertThat(all).contains("Apprenant n° " + i + "\n");
    }
  }

  @Test
  void a_cell_too_long_for_its_column_wraps_without_losing_a_word() throws IOException {
    String comment =
        "Le jury constate que l’évaluation finale n’a pas été remise dans les délais prévus"
            + " par le règlement, malgré deux relances envoyées au candidat.";
    PdfTable table = PdfTable.of(Column.left("Nom", 1), Column.left("Observations", 1));
    table.row("Lefèvre", comment);

    String text = text(writer().table(table).toBytes(), 1, 1);

    assertThat(text.lines().filter(l -> l.contains("Le jury") || l.contains("relances")))
        .as("wrapped over several lines")
        .hasSize(2);
    assertThat(text.replaceAll("\\s+", " ")).contains(comment);
  }

  @Test
  void characters_the_font_lacks_become_question_marks_rather_than_failures() throws IOException {
    String text = text(writer().paragraph("Nom : 李\u0007 Zoé").toBytes(), 1, 1);

    assertThat(text).contains("Nom : ? Zoé");
  }

  @Test
  void fields_and_signature_boxes_show_their_texts() throws IOException {
    byte[] pdf =
        writer()
            .field("Micro-certification", "MC-DATA-01 — Analyse de données")
            .signatures(List.of("Mme Éloïse Garçon\nPrésidente du jury", "M. Noël Dupré"))
            .toBytes();

    assertThat(text(pdf, 1, 1))
        .contains("Micro-certification", "MC-DATA-01 — Analyse de données")
        .contains("Mme Éloïse Garçon", "Présidente du jury", "M. Noël Dupré");
  }

  @Test
  void the_document_says_its_title_author_and_language() throws IOException {
    byte[] pdf = writer().properties("PV de délibération", "Session S1").paragraph("x").toBytes();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("PV de délibération");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Université de Nîmes");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
    }
  }

  @Test
  void a_row_taller_than_a_page_is_cut_with_an_ellipsis_on_a_page_of_its_own() throws IOException {
    String endless = "mot ".repeat(3000) + "FIN";
    PdfTable table = PdfTable.of(Column.left("Nom", 1), Column.left("Texte", 1));
    table.row("court", "une ligne").row("long", endless).row("après", "suite");

    byte[] pdf = writer().table(table).toBytes();

    assertThat(pages(pdf)).isEqualTo(3);
    assertThat(text(pdf, 2, 2)).contains("Texte", "mot …").doesNotContain("FIN");
    assertThat(text(pdf, 3, 3)).contains("Texte", "après", "suite");
  }

  @Test
  void an_empty_document_is_one_framed_page() throws IOException {
    byte[] pdf = writer().toBytes();

    assertThat(pages(pdf)).isEqualTo(1);
    assertThat(text(pdf, 1, 1)).contains("Université de Nîmes", "Page 1/1");
  }

  @Test
  void a_row_must_have_a_cell_per_column() {
    PdfTable table = PdfTable.of(Column.left("a", 1), Column.left("b", 1));

    assertThatThrownBy(() -> table.row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells")
        .hasMessageContaining("2 columns");
    assertThat(table.rows()).isEmpty();
  }
}
