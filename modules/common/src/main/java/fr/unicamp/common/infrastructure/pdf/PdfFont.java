package fr.unicamp.common.infrastructure.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font of one document with the two questions layout asks it: how wide a text is, and which
 * characters it can draw. A character the font lacks (a Chinese name in DejaVu Sans) is drawn as
 * {@code ?} rather than failing the whole document; control characters become spaces.
 */
final class PdfFont {

  static final char MISSING = '?';

  private final PDFont font;
  private final Map<Integer, Boolean> drawable = new HashMap<>();

  PdfFont(PDFont font) {
    this.font = font;
  }

  PDFont pdFont() {
    return font;
  }

  /** The width of {@code text}, already {@linkplain #clean cleaned}, at {@code size} points. */
  float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with what the font cannot draw replaced; line breaks are not kept. */
  String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
              } else if (canDraw(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(MISSING);
              }
            });
    return out.toString();
  }

  private boolean canDraw(int codePoint) {
    return drawable.computeIfAbsent(
        codePoint,
        cp -> {
          try {
            font.encode(new String(Character.toChars(cp)));
            return true;
          } catch (IllegalArgumentException | IOException e) {
            return false;
          }
        });
  }
}
