package fr.unicamp.common.infrastructure.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces, keeping explicit line breaks, and inside a
 * word only when the word alone is wider than the line (a long e-mail address or reference). A
 * no-break space (as before {@code %} or {@code h} in French) never breaks.
 */
final class PdfText {

  private PdfText() {}

  static List<String> wrap(String text, PdfFont font, float size, float width) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      lines.add("");
      return lines;
    }
    for (String paragraph : text.split("\r\n|\r|\n", -1)) {
      wrapParagraph(font.clean(paragraph).strip(), font, size, width, lines);
    }
    return lines;
  }

  private static void wrapParagraph(
      String paragraph, PdfFont font, float size, float width, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (font.width(rest, size) > width && rest.length() > 1) {
        int cut = fitting(rest, font, size, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString());
  }

  /** How many leading characters of {@code word} fit; at least one, never half a surrogate pair. */
  private static int fitting(String word, PdfFont font, float size, float width) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (font.width(word.substring(0, next), size) > width) {
        break;
      }
      end = next;
    }
    return end;
  }
}
