package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who makes a micro-certification besides its awarding university, and under which brand: the
 * co-producing universities of the consortium, the team (designers and tutors, by name) and the
 * brand it is sold under (the university's or the consortium's). None of it is needed to leave the
 * draft; {@link #violations} checks only what is given.
 *
 * @param coProducers university codes of the co-producers, never the awarding university
 * @param designers the designers' names, one entry each
 * @param tutors the tutors' names, one entry each
 * @param brand e.g. "UniCamp" or the university's own brand
 */
public record Authorship(
    List<String> coProducers, List<String> designers, List<String> tutors, String brand) {

  public static final int MAX_CO_PRODUCERS = 18;
  public static final int MAX_NAME = 200;
  public static final int MAX_BRAND = 200;

  /** Stored one code per line: 18 codes of at most 16 characters and their line breaks fit. */
  static final int MAX_CO_PRODUCERS_TEXT = 400;

  public Authorship {
    coProducers = StoredLines.entries(coProducers);
    designers = StoredLines.entries(designers);
    tutors = StoredLines.entries(tutors);
    brand = brand == null || brand.isBlank() ? null : brand.strip();
  }

  /** No co-producer, no team, no brand: what a new draft carries. */
  public static Authorship none() {
    return new Authorship(null, null, null, null);
  }

  /**
   * Every value given that breaks a rule of its own: co-producer codes well formed and at most
   * {@value #MAX_CO_PRODUCERS}, names and the brand fitting. {@link #violations} adds the rules
   * that need the awarding university and the consortium.
   */
  public List<FieldError> formatViolations() {
    List<FieldError> errors = new ArrayList<>();
    if (coProducers.size() > MAX_CO_PRODUCERS) {
      errors.add(FieldError.of("coProducers", "error.co-producer.too-many", MAX_CO_PRODUCERS));
    }
    for (int i = 0; i < coProducers.size(); i++) {
      String code = coProducers.get(i);
      if (code == null || code.isEmpty()) {
        errors.add(FieldError.of("coProducers[" + i + "]", "error.required"));
      } else if (!wellFormed(code)) {
        errors.add(FieldError.of("coProducers[" + i + "]", "error.university-code.format", code));
      }
    }
    errors.addAll(
        new Rules()
            .require(namesFit(designers), "designers", "error.team.names", MAX_NAME)
            .require(namesFit(tutors), "tutors", "error.team.names", MAX_NAME)
            .require(
                brand == null || brand.length() <= MAX_BRAND,
                "brand",
                "error.text.too-long",
                MAX_BRAND)
            .errors());
    return errors;
  }

  /**
   * Every value given that breaks its rule: the {@link #formatViolations}, then the {@link
   * #consortiumViolations}.
   */
  public List<FieldError> violations(
      UniversityCode awarding, Collection<UniversityCode> consortium) {
    List<FieldError> errors = new ArrayList<>(formatViolations());
    errors.addAll(consortiumViolations(awarding, consortium));
    return errors;
  }

  /**
   * Each well-formed co-producer that is the {@code awarding} university, is not a university of
   * {@code consortium}, or is listed twice.
   */
  public List<FieldError> consortiumViolations(
      UniversityCode awarding, Collection<UniversityCode> consortium) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < coProducers.size(); i++) {
      String field = "coProducers[" + i + "]";
      String code = coProducers.get(i);
      if (!wellFormed(code)) {
        continue;
      }
      if (code.equals(awarding.value())) {
        errors.add(FieldError.of(field, "error.co-producer.awarding", code));
      } else if (!consortium.contains(UniversityCode.of(code))) {
        errors.add(FieldError.of(field, "error.co-producer.unknown", code));
      } else if (!seen.add(code)) {
        errors.add(FieldError.of(field, "error.co-producer.duplicate", code));
      }
    }
    return errors;
  }

  private static boolean wellFormed(String code) {
    return code != null && code.matches("[A-Z][A-Z0-9]{1,15}");
  }

  private static boolean namesFit(List<String> names) {
    return StoredLines.fit(names, AnnexElements.MAX_TEXT)
        && names.stream().allMatch(n -> n.length() <= MAX_NAME);
  }
}
