package fr.unicamp.common.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page being written and the cursor on it: content flows from the top margin down, and a new A4
 * page starts when the next block does not fit above the bottom margin (the footer's room).
 */
final class PdfCanvas {

  static final PDRectangle A4 = PDRectangle.A4;
  static final float MARGIN = 50;
  static final float TOP = A4.getHeight() - MARGIN - 24; // below the header
  static final float BOTTOM = MARGIN + 16; // above the footer
  static final float LEFT = MARGIN;
  static final float RIGHT = A4.getWidth() - MARGIN;
  static final float WIDTH = RIGHT - LEFT;
  static final Color RULE = new Color(0x99, 0x99, 0x99);
  static final Color SHADE = new Color(0xE8, 0xE8, 0xE8);

  private final PDDocument document;
  private PDPageContentStream stream;
  private float y;

  PdfCanvas(PDDocument document) {
    this.document = document;
  }

  /** The cursor: the top of the next block. */
  float y() {
    return y;
  }

  void down(float height) {
    y -= height;
  }

  /** Room left above the bottom margin. */
  float room() {
    return stream == null ? 0 : y - BOTTOM;
  }

  /** Starts a new page unless {@code height} fits on this one. */
  void ensure(float height) throws IOException {
    if (stream == null || y - height < BOTTOM) {
      newPage();
    }
  }

  void newPage() throws IOException {
    close();
    PDPage page = new PDPage(A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = TOP;
  }

  boolean atTopOfPage() {
    return stream != null && y == TOP;
  }

  void text(PdfFont font, float size, float x, float baseline, String text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setFont(font.pdFont(), size);
    stream.newLineAtOffset(x, baseline);
    stream.showText(text);
    stream.endText();
  }

  void line(float x1, float y1, float x2, float y2) throws IOException {
    stream.setStrokingColor(RULE);
    stream.setLineWidth(0.5f);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  void shade(float x, float top, float width, float height) throws IOException {
    stream.setNonStrokingColor(SHADE);
    stream.addRect(x, top - height, width, height);
    stream.fill();
    stream.setNonStrokingColor(Color.BLACK);
  }

  void close() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }
}
