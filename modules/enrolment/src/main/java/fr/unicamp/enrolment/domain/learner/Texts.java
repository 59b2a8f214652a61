package fr.unicamp.enrolment.domain.learner;

import java.util.regex.Pattern;

/** Small text rules shared by the learner's fields. */
final class Texts {

  static final int MAX_NAME = 100;

  /** Letters (any script, with accents), then letters, spaces, hyphens, apostrophes and dots. */
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’.-]*");

  private Texts() {}

  /** Stripped, with runs of spaces made one; null when blank. */
  static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ");
  }

  static boolean fits(String text, int max) {
    return text == null || text.length() <= max;
  }

  static boolean isName(String text) {
    return text == null || NAME.matcher(text).matches();
  }
}
