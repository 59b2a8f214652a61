package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a learner was born, as the SIS records it: in France, the commune and its INSEE code (five
 * characters, {@code 2A}/{@code 2B} for Corsica); abroad, the country (ISO 3166-1 alpha-2) and
 * optionally the city.
 *
 * @param commune the commune, or the city abroad
 * @param inseeCode the INSEE code of a French commune; none abroad
 * @param country ISO 3166-1 alpha-2, {@code FR} for France
 */
public record BirthPlace(String commune, String inseeCode, String country) {

  private static final Pattern INSEE = Pattern.compile("(?:[0-9]{2}|2[AB])[0-9]{3}");

  public BirthPlace {
    commune = Texts.clean(commune);
    inseeCode = Texts.clean(inseeCode) == null ? null : inseeCode.strip().toUpperCase(Locale.ROOT);
    country = Countries.normalise(country);
  }

  public boolean inFrance() {
    return Countries.FRANCE.equals(country);
  }

  List<FieldError> violations(String field) {
    Rules rules = new Rules();
    rules.require(country != null, field + ".country", "error.required");
    rules.require(
        country == null || Countries.isIso(country), field + ".country", "error.country.format");
    rules.require(
        commune == null || Texts.fits(commune, Texts.MAX_NAME),
        field + ".commune",
        "error.text.too-long",
        Texts.MAX_NAME);
    if (inFrance()) {
      rules.require(commune != null, field + ".commune", "error.required");
      rules.require(inseeCode != null, field + ".inseeCode", "error.required");
      rules.require(
          inseeCode == null || INSEE.matcher(inseeCode).matches(),
          field + ".inseeCode",
          "error.learner.insee-code.format");
    } else {
      rules.require(inseeCode == null, field + ".inseeCode", "error.learner.insee-code.abroad");
    }
    return rules.errors();
  }
}
