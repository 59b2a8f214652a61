package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.learner.Civility;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/**
 * How the documents write numbers, dates, names and codes for French readers: decimal comma, a
 * no-break space before units ({@code 17,5 h}, {@code 83,33 %}), dates in words, family names in
 * capitals, and labels for the codes the domain stores.
 */
final class FrenchFormat {

  static final char NBSP = '\u00a0';
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  /** Orders learners as a French reader expects: accents and case second (Émile beside Emile). */
  static final Comparator<LearnerDetails> BY_NAME = byName();

  private FrenchFormat() {}

  /** {@code 12.50} → {@code 12,5}; {@code 21} → {@code 21}. */
  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  static String hours(BigDecimal value) {
    return number(value) + NBSP + "h";
  }

  static String percent(BigDecimal value) {
    return number(value) + NBSP + "%";
  }

  /** {@code 4 décembre 2026}. */
  static String date(LocalDate day) {
    return LONG_DATE.format(day);
  }

  /** {@code DURAND Julie Anne}, or {@code MARTIN (DURAND) Julie Anne} with a usage name. */
  static String name(LearnerDetails d) {
    String family = upper(d.familyName());
    String shown = d.usageName() == null ? family : upper(d.usageName()) + " (" + family + ")";
    return d.givenNames() == null ? shown : shown + " " + d.givenNames();
  }

  /** {@code Mme Julie Anne DURAND}, or {@code Mme Julie Anne MARTIN (née DURAND)}. */
  static String civilName(LearnerDetails d) {
    String civility =
        d.civility() == Civility.MS ? "Mme " : d.civility() == Civility.MR ? "M. " : "";
    String born = d.civility() == Civility.MS ? "née " : d.civility() == Civility.MR ? "né " : "";
    String family =
        d.usageName() == null
            ? upper(d.familyName())
            : upper(d.usageName()) + " (" + born + upper(d.familyName()) + ")";
    return civility + (d.givenNames() == null ? "" : d.givenNames() + " ") + family;
  }

  static String modality(SessionModality modality) {
    return switch (modality) {
      case ONLINE_SYNCHRONOUS -> "à distance, en classe virtuelle (synchrone)";
      case ONLINE_ASYNCHRONOUS -> "à distance, en autonomie tutorée (asynchrone)";
      case BLENDED -> "hybride (à distance et en présentiel)";
      case ONSITE -> "en présentiel";
    };
  }

  static String reason(IneligibilityReason reason) {
    return switch (reason) {
      case ADMINISTRATIVE_STATUS -> "inscription administrative non valide";
      case PEDAGOGICAL_STATUS -> "abandon ou échec de la formation";
      case NO_ATTENDANCE -> "assiduité non renseignée";
      case ATTENDANCE_BELOW_THRESHOLD -> "assiduité inférieure au seuil";
      case NOT_ASSESSED -> "non évalué";
      case ASSESSMENT_OTHER_VERSION -> "évalué sur une autre version";
      case ASSESSMENT_FAILED -> "évaluation non réussie";
      case IDENTITY_NOT_VERIFIED -> "identité non vérifiée";
      case EXCLUDED -> "exclu du jury";
    };
  }

  private static String upper(String text) {
    return text == null ? "" : text.toUpperCase(Locale.FRENCH);
  }

  private static Comparator<LearnerDetails> byName() {
    Collator collator = Collator.getInstance(Locale.FRENCH);
    Comparator<String> text = (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    return Comparator.comparing(
            (LearnerDetails d) -> d.usageName() == null ? d.familyName() : d.usageName(), text)
        .thenComparing(LearnerDetails::givenNames, text);
  }
}
