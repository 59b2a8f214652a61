package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentTransfer;
import fr.unicamp.enrolment.domain.learner.ConsentKind;
import fr.unicamp.enrolment.domain.learner.DuplicateCandidate;
import fr.unicamp.enrolment.domain.learner.DuplicateDetection;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.LearnerMerge;
import fr.unicamp.enrolment.domain.learner.LearnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Learners: registration with duplicate candidates, corrections, and the staff merge of two records
 * of one person (audited on both records and on every enrolment moved).
 */
@ApplicationScoped
public class LearnerService {

  @Inject LearnerRepository learners;
  @Inject EnrolmentRepository enrolments;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  /** Registers a learner; the records that may be the same person come back for staff to review. */
  @Transactional
  public LearnerRegistration register(UniversityCode university, LearnerDetails details) {
    Writers.require(currentActor.get());
    Learner learner = Learner.register(university, details, LocalDate.now(clock));
    List<DuplicateCandidate> duplicates = candidates(details, null);
    learners.add(learner);
    audit.record(
        university,
        new AuditChange(
            "learner.register", "Learner", learner.id().toString(), null, summary(learner)));
    return new LearnerRegistration(learner, duplicates);
  }

  /** Replaces a learner's details with corrected ones; audited before and after. */
  @Transactional
  public Learner correct(LearnerId id, LearnerDetails details) {
    Writers.require(currentActor.get());
    Learner learner = get(id);
    String before = summary(learner);
    learner.correct(details, LocalDate.now(clock));
    learners.update(learner);
    audit.record(
        learner.university(),
        new AuditChange("learner.correct", "Learner", id.toString(), before, summary(learner)));
    return learner;
  }

  /** Records the learner's answer on one consent, now; audited with the previous answer. */
  @Transactional
  public Learner recordConsent(LearnerId id, ConsentKind kind, boolean granted) {
    Writers.require(currentActor.get());
    Learner learner = get(id);
    String before = String.valueOf(learner.consent(kind).orElse(null));
    learner.recordConsent(kind, granted, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    learners.update(learner);
    audit.record(
        learner.university(),
        new AuditChange(
            "learner.consent",
            "Learner",
            id.toString(),
            before,
            String.valueOf(learner.consent(kind).orElse(null))));
    return learner;
  }

  /** The records that may be the same person as this learner, with every reason. */
  @Transactional
  public List<DuplicateCandidate> duplicatesOf(LearnerId id) {
    Learner learner = get(id);
    return candidates(learner.details(), id);
  }

  /**
   * Merges {@code absorbedId} into {@code survivorId}: the survivor takes the fields it lacked and
   * the absorbed record's enrolments. Refused, with every reason and nothing changed, when the
   * records contradict each other or both hold a seat in the same session.
   */
  @Transactional
  public MergeOutcome merge(LearnerId survivorId, LearnerId absorbedId) {
    Writers.require(currentActor.get());
    Learner survivor = get(survivorId);
    Learner absorbed = get(absorbedId);
    List<Enrolment> moving = enrolments.findByLearner(absorbedId);
    List<FieldError> refusals = new ArrayList<>(LearnerMerge.refusals(survivor, absorbed));
    refusals.addAll(EnrolmentTransfer.clashes(moving, enrolments.findByLearner(survivorId)));
    if (!refusals.isEmpty()) {
      throw new RuleViolationException(refusals);
    }
    String survivorBefore = summary(survivor);
    String absorbedBefore = summary(absorbed);
    LearnerMerge.Result result = LearnerMerge.merge(survivor, absorbed);
    List<EnrolmentId> moved = EnrolmentTransfer.move(moving, List.of(), survivorId);
    learners.update(survivor);
    learners.update(absorbed);
    moving.forEach(enrolments::update);
    UniversityCode university = survivor.university();
    audit.record(
        university,
        new AuditChange(
            "learner.merge",
            "Learner",
            survivorId.toString(),
            survivorBefore,
            summary(survivor) + " changes=" + result.changes() + " absorbed=" + absorbedId));
    audit.record(
        university,
        new AuditChange(
            "learner.merged-into",
            "Learner",
            absorbedId.toString(),
            absorbedBefore,
            summary(absorbed)));
    for (EnrolmentId e : moved) {
      audit.record(
          university,
          new AuditChange(
              "enrolment.transfer",
              "Enrolment",
              e.toString(),
              "learner=" + absorbedId,
              "learner=" + survivorId));
    }
    return new MergeOutcome(result, moved);
  }

  @Transactional
  public Learner get(LearnerId id) {
    return learners.find(id).orElseThrow(() -> new NotFoundException("Learner", id));
  }

  private List<DuplicateCandidate> candidates(LearnerDetails details, LearnerId self) {
    List<Learner> found = new ArrayList<>();
    if (details.email() != null) {
      found.addAll(learners.findByEmail(details.emailAddress()));
    }
    details
        .knownIne()
        .filter(ine -> details.birthDate() != null)
        .ifPresent(ine -> found.addAll(learners.findByIneAndBirthDate(ine, details.birthDate())));
    return DuplicateDetection.candidates(details, self, found);
  }

  private static String summary(Learner learner) {
    return learner + " " + learner.details() + " consents=" + learner.consents().values();
  }
}
