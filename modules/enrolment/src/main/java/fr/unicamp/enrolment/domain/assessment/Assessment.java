package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's assessment in authentic situation, marked on the criteria grid of the version they
 * are enrolled in.
 *
 * <p>The assessor gives a level per criterion of every competency; each competency passes by its
 * grid's pass rule, and the assessment passes when every competency does. A grade on the French
 * scale is optional. The identity-verification record (method, verifier, time, evidence) may come
 * with the marks or later. The assessment <em>counts</em> only if that record meets the
 * micro-certification's identity-verification level: none needed for unsupervised assessment, a
 * supervision record for supervised, an identity document check for supervised with ID check.
 */
public final class Assessment {

  private final EnrolmentId enrolment;
  private final MicroCertificationVersionId version;
  private final LocalDate assessedOn;
  private final String assessor;
  private final List<CompetencyResult> results;
  private final BigDecimal grade;
  private IdentityCheck identityCheck;

  private Assessment(
      EnrolmentId enrolment,
      MicroCertificationVersionId version,
      LocalDate assessedOn,
      String assessor,
      List<CompetencyResult> results,
      BigDecimal grade,
      IdentityCheck identityCheck) {
    this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
    this.version = Objects.requireNonNull(version, "version");
    this.assessedOn = assessedOn;
    this.assessor = assessor;
    this.results = List.copyOf(results);
    this.grade = grade;
    this.identityCheck = identityCheck;
  }

  /**
   * Marks an enrolment on the grid of {@code terms}; refused with every problem at once.
   *
   * @param marks per competency code, the level (from 1) reached on each criterion, in order
   * @param identityCheck the identity-verification record, or null when it comes later
   */
  public static Assessment mark(
      EnrolmentId enrolment,
      CertificationTerms terms,
      Map<String, List<Integer>> marks,
      BigDecimal grade,
      LocalDate assessedOn,
      String assessor,
      IdentityCheck identityCheck) {
    Map<String, List<Integer>> given = marks == null ? Map.of() : marks;
    List<FieldError> errors =
        new ArrayList<>(CriteriaGridMarks.violations(terms.competencies(), given));
    errors.addAll(Grade.violations(grade, "grade"));
    errors.addAll(
        new Rules()
            .require(assessedOn != null, "assessedOn", "error.required")
            .require(assessor != null && !assessor.isBlank(), "assessor", "error.required")
            .errors());
    if (identityCheck != null) {
      errors.addAll(identityCheck.violations("identityCheck"));
    }
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    return new Assessment(
        enrolment,
        terms.versionId(),
        assessedOn,
        assessor.strip(),
        CriteriaGridMarks.results(terms.competencies(), given),
        grade,
        identityCheck);
  }

  /** Records (or replaces) the identity-verification record; returns the previous one if any. */
  public Optional<IdentityCheck> recordIdentityCheck(IdentityCheck check) {
    Objects.requireNonNull(check, "check");
    List<FieldError> errors = check.violations("identityCheck");
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    Optional<IdentityCheck> previous = Optional.ofNullable(identityCheck);
    identityCheck = check;
    return previous;
  }

  /** Whether every competency passed by its grid's pass rule. */
  public boolean passed() {
    return !results.isEmpty() && results.stream().allMatch(CompetencyResult::passed);
  }

  /** Whether the identity record meets what {@code terms} requires. */
  public boolean identityVerifiedFor(CertificationTerms terms) {
    if (terms.requiresIdentityCheck()) {
      return identityCheck != null && identityCheck.method().checksIdentity();
    }
    return !terms.requiresSupervision() || identityCheck != null;
  }

  /** Whether the assessment counts for {@code terms}: same version, identity record as required. */
  public boolean countsFor(CertificationTerms terms) {
    return version.equals(terms.versionId()) && identityVerifiedFor(terms);
  }

  public EnrolmentId enrolment() {
    return enrolment;
  }

  public MicroCertificationVersionId version() {
    return version;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public String assessor() {
    return assessor;
  }

  public List<CompetencyResult> results() {
    return results;
  }

  public Optional<BigDecimal> grade() {
    return Optional.ofNullable(grade);
  }

  public Optional<IdentityCheck> identityCheck() {
    return Optional.ofNullable(identityCheck);
  }

  @Override
  public String toString() {
    return "Assessment[enrolment="
        + enrolment
        + ", version="
        + version
        + ", passed="
        + passed()
        + ", grade="
        + grade
        + ", identityCheck="
        + (identityCheck == null ? null : identityCheck.method())
        + "]";
  }
}
