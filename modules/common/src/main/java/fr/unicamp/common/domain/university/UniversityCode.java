package fr.unicamp.common.domain.university;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.regex.Pattern;

/**
 * A university's short code ({@code ULILLE}, {@code UNISTRA}): the tenant key in every
 * tenant-scoped table ({@code university_id}), in configuration keys and in exchanged file names.
 */
public record UniversityCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  public UniversityCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw RuleViolationException.of("universityCode", "error.university-code.format", value);
    }
  }

  public static UniversityCode of(String value) {
    return new UniversityCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
