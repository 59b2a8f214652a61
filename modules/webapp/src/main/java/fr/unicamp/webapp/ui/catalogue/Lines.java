package fr.unicamp.webapp.ui.catalogue;

import java.util.Arrays;
import java.util.List;

/** Text areas that hold one entry per line, as the forms show lists of outcomes and labels. */
final class Lines {

  private Lines() {}

  /** The non-blank lines of {@code text}, stripped; empty for none. */
  static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static String join(List<String> lines) {
    return lines == null ? "" : String.join("\n", lines);
  }
}
