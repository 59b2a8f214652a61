package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a block of competencies in France Compétences' RNCP register: the certification's
 * number and the block's, as {@code RNCP12345BC01}.
 */
public record RncpBlockCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("RNCP[0-9]{3,6}BC[0-9]{2}");

  public RncpBlockCode {
    value = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw RuleViolationException.of("rncpBlockCode", "error.pathway.rncp-block-code", value);
    }
  }

  public static RncpBlockCode of(String value) {
    return new RncpBlockCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
