package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The national student identifier ("identifiant national étudiant"): 11 characters, digits and
 * upper-case letters, the check character included (standards.md §5.2). It is written upper case
 * without spaces. The check character's algorithm differs with the channel that assigned the INE
 * (BEA, RNIE, CVEC provisional INE) and is not documented in our references, so it is not verified
 * here: the SIS rejects a wrong one. Internal only: never printed on a credential.
 */
public record Ine(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{11}");

  public Ine {
    if (!isValid(value)) {
      throw RuleViolationException.of("ine", "error.learner.ine.format", String.valueOf(value));
    }
  }

  /** The INE as people type it (spaces, lower case) made canonical, or null when blank. */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
