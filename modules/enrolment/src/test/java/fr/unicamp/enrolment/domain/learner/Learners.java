package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;

/** Valid learner details to start tests from, one field changed at a time. */
public final class Learners {

  public static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private Learners() {}

  public static LearnerDetails julie() {
    return new LearnerDetails(
        Civility.MS,
        "Martin",
        null,
        "Julie Anne",
        LocalDate.of(1988, 4, 12),
        new BirthPlace("Lille", "59350", "FR"),
        "FR",
        "julie.m@example.org",
        "06 12 34 56 78",
        new PostalAddress("12 rue Nationale", null, "59000", "Lille", "FR"),
        "1234567890A");
  }

  public static LearnerDetails withEmail(LearnerDetails d, String email) {
    return new LearnerDetails(
        d.civility(),
        d.familyName(),
        d.usageName(),
        d.givenNames(),
        d.birthDate(),
        d.birthPlace(),
        d.nationality(),
        email,
        d.phone(),
        d.address(),
        d.ine());
  }

  public static LearnerDetails withIne(LearnerDetails d, String ine) {
    return new LearnerDetails(
        d.civility(),
        d.familyName(),
        d.usageName(),
        d.givenNames(),
        d.birthDate(),
        d.birthPlace(),
        d.nationality(),
        d.email(),
        d.phone(),
        d.address(),
        ine);
  }

  public static LearnerDetails withBirthDate(LearnerDetails d, LocalDate birthDate) {
    return new LearnerDetails(
        d.civility(),
        d.familyName(),
        d.usageName(),
        d.givenNames(),
        birthDate,
        d.birthPlace(),
        d.nationality(),
        d.email(),
        d.phone(),
        d.address(),
        d.ine());
  }

  public static LearnerDetails withContact(
      LearnerDetails d, String usageName, String phone, PostalAddress address) {
    return new LearnerDetails(
        d.civility(),
        d.familyName(),
        usageName,
        d.givenNames(),
        d.birthDate(),
        d.birthPlace(),
        d.nationality(),
        d.email(),
        phone,
        address,
        d.ine());
  }

  /** A stored learner of ULILLE with these details. */
  public static Learner stored(long id, LearnerDetails details) {
    return Learner.restore(id, ULILLE, details, null);
  }
}
