package fr.unicamp.common.infrastructure.pdf;

import fr.unicamp.common.infrastructure.pdf.PdfTable.Align;
import fr.unicamp.common.infrastructure.pdf.PdfTable.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link PdfTable} row by row: a row never splits across pages, the header row opens every
 * page the table runs onto, and a row taller than a whole page (a very long comment) is cut with an
 * ellipsis rather than looping on empty pages.
 */
final class PdfTableLayout {

  static final float SIZE = 9;
  static final float LEADING = 11.5f;
  static final float PADDING = 3;

  private final PdfCanvas canvas;
  private final PdfFonts fonts;
  private final PdfTable table;
  private final float[] widths;

  PdfTableLayout(PdfCanvas canvas, PdfFonts fonts, PdfTable table) {
    this.canvas = canvas;
    this.fonts = fonts;
    this.table = table;
    List<Column> columns = table.columns();
    float total = (float) columns.stream().mapToDouble(Column::weight).sum();
    this.widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = PdfCanvas.WIDTH * columns.get(i).weight() / total;
    }
  }

  void draw() throws IOException {
    List<String> headers = table.columns().stream().map(Column::header).toList();
    List<List<String>> header = cells(headers, fonts.bold);
    canvas.ensure(height(header) + LEADING + 2 * PADDING);
    drawRow(header, fonts.bold, true);
    for (List<String> row : table.rows()) {
      List<List<String>> cells = cells(row, fonts.regular);
      if (height(cells) > canvas.room()) {
        canvas.newPage();
        drawRow(header, fonts.bold, true);
        cells = cut(cells, canvas.room());
      }
      drawRow(cells, fonts.regular, false);
    }
  }

  private List<List<String>> cells(List<String> row, PdfFont font) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      cells.add(PdfText.wrap(row.get(i), font, SIZE, widths[i] - 2 * PADDING));
    }
    return cells;
  }

  private static float height(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * LEADING + 2 * PADDING;
  }

  private static List<List<String>> cut(List<List<String>> cells, float room) {
    int most = Math.max(1, (int) ((room - 2 * PADDING) / LEADING));
    List<List<String>> cut = new ArrayList<>();
    for (List<String> lines : cells) {
      if (lines.size() <= most) {
        cut.add(lines);
      } else {
        List<String> kept = new ArrayList<>(lines.subList(0, most));
        kept.set(most - 1, kept.get(most - 1) + " …");
        cut.add(kept);
      }
    }
    return cut;
  }

  private void drawRow(List<List<String>> cells, PdfFont font, boolean shaded) throws IOException {
    float top = canvas.y();
    float height = height(cells);
    if (shaded) {
      canvas.shade(PdfCanvas.LEFT, top, PdfCanvas.WIDTH, height);
    }
    float x = PdfCanvas.LEFT;
    for (int i = 0; i < cells.size(); i++) {
      Align align = table.columns().get(i).align();
      float baseline = top - PADDING - SIZE;
      for (String line : cells.get(i)) {
        float at =
            align == Align.RIGHT ? x + widths[i] - PADDING - font.width(line, SIZE) : x + PADDING;
        canvas.text(font, SIZE, at, baseline, line);
        baseline -= LEADING;
      }
      x += widths[i];
    }
    canvas.line(PdfCanvas.LEFT, top - height, PdfCanvas.RIGHT, top - height);
    canvas.down(height);
  }
}
