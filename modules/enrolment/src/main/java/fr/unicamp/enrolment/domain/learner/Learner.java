package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who enrols, as one university knows them.
 *
 * <p>A learner is registered with valid {@link LearnerDetails} (every failing field reported at
 * once) and may have them corrected later under the same rules. Their consents are recorded with
 * the time of each answer. When staff find that two records are the same person, one record absorbs
 * the other ({@link LearnerMerge}): the absorbed record stays, marked as merged into the survivor,
 * so that references and the audit trail still resolve, and it can no longer change.
 */
public final class Learner {

  private Long id;
  private final UniversityCode university;
  private LearnerDetails details;
  private final Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
  private LearnerId mergedInto;

  private Learner(UniversityCode university, LearnerDetails details) {
    this.university = Objects.requireNonNull(university, "university");
    this.details = details;
  }

  /** A new learner of {@code university}; refused with every failing field. */
  public static Learner register(
      UniversityCode university, LearnerDetails details, LocalDate today) {
    requireValid(details, today);
    return new Learner(university, details);
  }

  /** Rebuilds a stored learner; for persistence and tests, not for business changes. */
  public static Learner restore(
      long id,
      UniversityCode university,
      LearnerDetails details,
      LearnerId mergedInto,
      Collection<Consent> consents) {
    Learner learner = new Learner(university, details);
    learner.id = id;
    learner.mergedInto = mergedInto;
    consents.forEach(c -> learner.consents.merge(c.kind(), c, Consent::latest));
    return learner;
  }

  /**
   * As {@link #restore(long, UniversityCode, LearnerDetails, LearnerId, Collection)}, no consent.
   */
  public static Learner restore(
      long id, UniversityCode university, LearnerDetails details, LearnerId mergedInto) {
    return restore(id, university, details, mergedInto, List.of());
  }

  /** Replaces the details with corrected ones, under the same rules as at registration. */
  public void correct(LearnerDetails corrected, LocalDate today) {
    requireNotMerged();
    requireValid(corrected, today);
    this.details = corrected;
  }

  /**
   * Records the learner's answer on one consent at {@code at}; it replaces the stored answer unless
   * that one is more recent (answers may arrive out of order).
   */
  public void recordConsent(ConsentKind kind, boolean granted, OffsetDateTime at) {
    requireNotMerged();
    Consent answer = new Consent(kind, granted, at);
    // an answer given at the same instant as the stored one replaces it: it came later
    consents.merge(kind, answer, (stored, given) -> Consent.latest(given, stored));
  }

  /** Whether the learner's current answer on {@code kind} is yes; no answer means no. */
  public boolean hasConsentedTo(ConsentKind kind) {
    Consent consent = consents.get(kind);
    return consent != null && consent.granted();
  }

  public Optional<Consent> consent(ConsentKind kind) {
    return Optional.ofNullable(consents.get(kind));
  }

  public Map<ConsentKind, Consent> consents() {
    return Map.copyOf(consents);
  }

  /** Set by the repository when the learner is first stored. */
  public void assignId(long assigned) {
    if (id != null) {
      throw new IllegalStateException("learner " + id + " already has an id");
    }
    id = assigned;
  }

  public Long id() {
    return id;
  }

  public LearnerId learnerId() {
    if (id == null) {
      throw new IllegalStateException("a learner has no id until it is stored");
    }
    return LearnerId.of(id);
  }

  public UniversityCode university() {
    return university;
  }

  public LearnerDetails details() {
    return details;
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public Optional<LearnerId> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  void markMergedInto(LearnerId survivor) {
    this.mergedInto = Objects.requireNonNull(survivor, "survivor");
  }

  void takeOver(LearnerDetails merged, Map<ConsentKind, Consent> mergedConsents) {
    this.details = merged;
    this.consents.clear();
    this.consents.putAll(mergedConsents);
  }

  void requireNotMerged() {
    if (mergedInto != null) {
      throw RuleViolationException.of("learner", "error.learner.merged", id, mergedInto.value());
    }
  }

  private static void requireValid(LearnerDetails details, LocalDate today) {
    Objects.requireNonNull(details, "details");
    var errors = details.violations(today);
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
  }

  @Override
  public String toString() {
    return "Learner[id="
        + id
        + ", university="
        + university
        + ", name="
        + details.familyName()
        + " "
        + details.givenNames()
        + ", email="
        + details.email()
        + (mergedInto == null ? "" : ", mergedInto=" + mergedInto)
        + "]";
  }
}
