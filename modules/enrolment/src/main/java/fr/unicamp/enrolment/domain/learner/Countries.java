package fr.unicamp.enrolment.domain.learner;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
final class Countries {

  static final String FRANCE = "FR";

  private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private Countries() {}

  static String normalise(String code) {
    String clean = Texts.clean(code);
    return clean == null ? null : clean.toUpperCase(Locale.ROOT);
  }

  static boolean isIso(String code) {
    return code != null && ISO.contains(code);
  }
}
