package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.domain.learner.Consent;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The REST form of a learner; {@code mergedInto} is the survivor's id once merged. */
public record LearnerView(
    long id,
    String university,
    String civility,
    String familyName,
    String usageName,
    String givenNames,
    LocalDate birthDate,
    LearnerRequest.BirthPlaceBody birthPlace,
    String nationality,
    String email,
    String phone,
    LearnerRequest.AddressBody address,
    String ine,
    Long mergedInto,
    List<ConsentView> consents) {

  public record ConsentView(String kind, boolean granted, Instant recordedAt) {}

  static LearnerView of(Learner learner) {
    LearnerDetails d = learner.details();
    var place = d.birthPlace();
    var a = d.address();
    return new LearnerView(
        learner.id(),
        learner.university().value(),
        d.civility().name(),
        d.familyName(),
        d.usageName(),
        d.givenNames(),
        d.birthDate(),
        place == null
            ? null
            : new LearnerRequest.BirthPlaceBody(
                place.commune(), place.inseeCode(), place.country()),
        d.nationality(),
        d.email(),
        d.phone(),
        a == null
            ? null
            : new LearnerRequest.AddressBody(
                a.line1(), a.line2(), a.postalCode(), a.city(), a.country()),
        d.ine(),
        learner.mergedInto().map(LearnerId::value).orElse(null),
        learner.consents().values().stream()
            .sorted(Comparator.comparing(Consent::kind))
            .map(c -> new ConsentView(c.kind().name(), c.granted(), c.recordedAt().toInstant()))
            .toList());
  }
}
