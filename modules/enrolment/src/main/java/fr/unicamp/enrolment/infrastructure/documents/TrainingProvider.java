package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.common.domain.university.University;
import java.util.Objects;

/**
 * The university as the training provider a document names: its name, the city documents are "made
 * at", and its SIRET and training-activity declaration number (NDA) when the university has entered
 * them (none is configured by default; a blank one is absent and left off the document).
 */
public record TrainingProvider(String name, String city, String siret, String nda) {

  public TrainingProvider {
    Objects.requireNonNull(name, "name");
    city = blankToNull(city);
    siret = blankToNull(siret);
    nda = blankToNull(nda);
  }

  public static TrainingProvider of(University university) {
    return new TrainingProvider(
        university.name(),
        university.city().orElse(null),
        university.siret().orElse(null),
        university.nda().orElse(null));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
