package fr.unicamp.common.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * Writes a PDF document top to bottom on A4 pages: a title, headings, paragraphs, label–value
 * fields, tables and signature boxes, flowing onto new pages as needed. Every page gets the {@link
 * PdfPageFrame} (university's name above, generation date and "page x/y" below), added once the
 * number of pages is known. Text is wrapped to the page and drawn in embedded DejaVu Sans.
 *
 * <pre>{@code
 * byte[] pdf;
 * try (PdfDocumentWriter w = PdfDocumentWriter.open(PdfPageFrame.french(name, today))) {
 *   pdf = w.title("Procès-verbal").paragraph("…").table(table).toBytes();
 * }
 * }</pre>
 *
 * I/O failures (none expected: everything stays in memory) surface as {@link UncheckedIOException}.
 */
public final class PdfDocumentWriter implements AutoCloseable {

  private static final float TITLE = 16;
  private static final float HEADING = 12;
  private static final float BODY = 10;
  private static final float FRAME = 8;
  private static final float LABEL_WIDTH = 170;
  private static final float SIGNATURE_HEIGHT = 72;

  private final PDDocument document = new PDDocument();
  private final PdfPageFrame frame;
  private final PdfFonts fonts;
  private final PdfCanvas canvas;

  private PdfDocumentWriter(PdfPageFrame frame) throws IOException {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.fonts = PdfFonts.embedIn(document);
    this.canvas = new PdfCanvas(document);
    document.getDocumentCatalog().setLanguage(frame.languageTag());
  }

  public static PdfDocumentWriter open(PdfPageFrame frame) {
    return unchecked(() -> new PdfDocumentWriter(frame));
  }

  /** The document's properties, shown by PDF readers and searched by archives. */
  public PdfDocumentWriter properties(String title, String subject) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(subject);
    info.setAuthor(frame.header());
    info.setCreator("UniCamp");
    return this;
  }

  public PdfDocumentWriter title(String text) {
    return block(text, fonts.bold, TITLE, 6);
  }

  /** A section heading, kept on the same page as at least two lines of what follows. */
  public PdfDocumentWriter heading(String text) {
    run(() -> canvas.ensure(HEADING * 1.3f + 6 + 2 * BODY * 1.3f));
    space(4);
    return block(text, fonts.bold, HEADING, 3);
  }

  public PdfDocumentWriter paragraph(String text) {
    return block(text, fonts.regular, BODY, 5);
  }

  /** A label in bold with its value beside it, the value wrapped in its own column. */
  public PdfDocumentWriter field(String label, String value) {
    run(
        () -> {
          float leading = BODY * 1.3f;
          List<String> labels = PdfText.wrap(label, fonts.bold, BODY, LABEL_WIDTH - 8);
          List<String> values =
              PdfText.wrap(value, fonts.regular, BODY, PdfCanvas.WIDTH - LABEL_WIDTH);
          int lines = Math.max(labels.size(), values.size());
          canvas.ensure(Math.min(lines, 3) * leading);
          for (int i = 0; i < lines; i++) {
            canvas.ensure(leading);
            float baseline = canvas.y() - BODY;
            if (i < labels.size()) {
              canvas.text(fonts.bold, BODY, PdfCanvas.LEFT, baseline, labels.get(i));
            }
            if (i < values.size()) {
              canvas.text(
                  fonts.regular, BODY, PdfCanvas.LEFT + LABEL_WIDTH, baseline, values.get(i));
            }
            canvas.down(leading);
          }
          canvas.down(2);
        });
    return this;
  }

  public PdfDocumentWriter table(PdfTable table) {
    run(() -> new PdfTableLayout(canvas, fonts, table).draw());
    return space(6);
  }

  /**
   * A box per signatory, two a row, each with the name (and role, after a line break) and room to
   * sign; a row of boxes never splits across pages.
   */
  public PdfDocumentWriter signatures(List<String> signatories) {
    run(
        () -> {
          float width = (PdfCanvas.WIDTH - 20) / 2;
          for (int i = 0; i < signatories.size(); i += 2) {
            canvas.ensure(SIGNATURE_HEIGHT + 8);
            float top = canvas.y();
            for (int j = i; j < Math.min(i + 2, signatories.size()); j++) {
              float x = PdfCanvas.LEFT + (j - i) * (width + 20);
              float baseline = top - BODY;
              for (String line : PdfText.wrap(signatories.get(j), fonts.regular, BODY, width)) {
                canvas.text(fonts.regular, BODY, x, baseline, line);
                baseline -= BODY * 1.3f;
              }
              canvas.line(x, top - SIGNATURE_HEIGHT, x + width, top - SIGNATURE_HEIGHT);
            }
            canvas.down(SIGNATURE_HEIGHT + 8);
          }
        });
    return this;
  }

  public PdfDocumentWriter space(float points) {
    if (!canvas.atTopOfPage()) {
      canvas.down(points);
    }
    return this;
  }

  public PdfDocumentWriter newPage() {
    run(canvas::newPage);
    return this;
  }

  /** Frames every page, saves the document and closes it. */
  public byte[] toBytes() {
    return unchecked(
        () -> {
          canvas.ensure(0); // an empty document still has a page
          canvas.close();
          int pages = document.getNumberOfPages();
          for (int i = 0; i < pages; i++) {
            frame(document.getPage(i), i + 1, pages);
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          document.save(out);
          document.close();
          return out.toByteArray();
        });
  }

  @Override
  public void close() {
    run(document::close);
  }

  private PdfDocumentWriter block(String text, PdfFont font, float size, float after) {
    run(
        () -> {
          float leading = size * 1.3f;
          for (String line : PdfText.wrap(text, font, size, PdfCanvas.WIDTH)) {
            canvas.ensure(leading);
            canvas.text(font, size, PdfCanvas.LEFT, canvas.y() - size, line);
            canvas.down(leading);
          }
        });
    return space(after);
  }

  private void frame(PDPage page, int number, int pages) throws IOException {
    try (PDPageContentStream s =
        new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
      float top = PdfCanvas.A4.getHeight() - PdfCanvas.MARGIN;
      String header = PdfText.wrap(frame.header(), fonts.bold, FRAME + 1, PdfCanvas.WIDTH).get(0);
      text(s, fonts.bold, FRAME + 1, PdfCanvas.LEFT, top, header);
      rule(s, top - 6);
      float bottom = PdfCanvas.MARGIN - 10;
      rule(s, bottom + 12);
      text(s, fonts.regular, FRAME, PdfCanvas.LEFT, bottom, frame.generatedNote());
      String pageNote = frame.pageNote(number, pages);
      float right = PdfCanvas.RIGHT - fonts.regular.width(pageNote, FRAME);
      text(s, fonts.regular, FRAME, right, bottom, pageNote);
    }
  }

  private static void text(
      PDPageContentStream s, PdfFont font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font.pdFont(), size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  private static void rule(PDPageContentStream s, float y) throws IOException {
    s.setStrokingColor(PdfCanvas.RULE);
    s.setLineWidth(0.5f);
    s.moveTo(PdfCanvas.LEFT, y);
    s.lineTo(PdfCanvas.RIGHT, y);
    s.stroke();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static void run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T unchecked(IoSupplier<T> supplier) {
    try {
      return supplier.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
