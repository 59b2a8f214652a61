package fr.unicamp.common.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Sans regular and bold faces shipped in {@code fonts/} (Bitstream Vera licence, see
 * {@code fonts/DejaVu-LICENSE.txt}), read once from the class path and embedded as subsets in each
 * document: a PDF carries the glyphs it uses, as PDF/A requires, and never depends on the server's
 * fonts.
 */
final class PdfFonts {

  private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

  final PdfFont regular;
  final PdfFont bold;

  private PdfFonts(PdfFont regular, PdfFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static PdfFonts embedIn(PDDocument document) throws IOException {
    return new PdfFonts(
        new PdfFont(PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true)),
        new PdfFont(PDType0Font.load(document, new ByteArrayInputStream(BOLD), true)));
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
