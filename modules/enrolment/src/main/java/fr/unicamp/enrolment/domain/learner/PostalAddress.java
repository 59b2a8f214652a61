package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.util.List;

/** A postal address: one or two lines, postal code, city and country (ISO 3166-1 alpha-2). */
public record PostalAddress(
    String line1, String line2, String postalCode, String city, String country) {

  public static final int MAX_LINE = 200;

  public PostalAddress {
    line1 = Texts.clean(line1);
    line2 = Texts.clean(line2);
    postalCode = Texts.clean(postalCode);
    city = Texts.clean(city);
    country = Countries.normalise(country);
  }

  List<FieldError> violations(String field) {
    return new Rules()
        .require(line1 != null, field + ".line1", "error.required")
        .require(Texts.fits(line1, MAX_LINE), field + ".line1", "error.text.too-long", MAX_LINE)
        .require(Texts.fits(line2, MAX_LINE), field + ".line2", "error.text.too-long", MAX_LINE)
        .require(postalCode != null, field + ".postalCode", "error.required")
        .require(
            postalCode == null
                || (Countries.FRANCE.equals(country)
                    ? postalCode.matches("[0-9]{5}")
                    : postalCode.matches("[0-9A-Za-z -]{2,12}")),
            field + ".postalCode",
            "error.learner.postal-code.format")
        .require(city != null, field + ".city", "error.required")
        .require(Texts.fits(city, MAX_LINE), field + ".city", "error.text.too-long", MAX_LINE)
        .require(country != null, field + ".country", "error.required")
        .require(
            country == null || Countries.isIso(country), field + ".country", "error.country.format")
        .errors();
  }
}
