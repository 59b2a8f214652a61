package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in its normal form: trimmed and lower case, so that {@code Julie.M@Example.org
 * } and {@code julie.m@example.org} are the same learner for duplicate detection.
 */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;

  /** Deliberately loose (RFC 5322 is not a regex): one @, a dotted domain, no spaces. */
  private static final Pattern FORMAT =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)*\\.[^@\\s.]{2,}");

  public EmailAddress {
    if (!isValid(value)) {
      throw RuleViolationException.of("email", "error.learner.email.format");
    }
  }

  public static EmailAddress of(String text) {
    return new EmailAddress(normalise(text));
  }

  /** Trimmed and lower case; null when blank. */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
