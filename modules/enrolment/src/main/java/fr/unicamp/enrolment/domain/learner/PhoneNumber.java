package fr.unicamp.enrolment.domain.learner;

import java.util.regex.Pattern;

/**
 * Telephone numbers in E.164 form ({@code +33612345678}). People type them with spaces, dots,
 * dashes or brackets, with {@code 00} for {@code +}, or as a French national number ({@code 06 12
 * 34 56 78}); {@link #normalise} turns all of these into E.164, and leaves anything else as typed
 * so that validation can report it.
 */
public final class PhoneNumber {

  /** A plus, a country code that does not start with 0, 8 to 15 digits in all. */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");

  private PhoneNumber() {}

  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    } else if (compact.matches("0[1-9][0-9]{8}")) {
      compact = "+33" + compact.substring(1);
    }
    return compact.matches("\\+?[0-9]+") ? compact : text.strip();
  }

  public static boolean isValid(String normalised) {
    return normalised != null && E164.matcher(normalised).matches();
  }
}
