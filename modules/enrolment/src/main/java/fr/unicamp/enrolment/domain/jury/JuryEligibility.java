package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.attendance.AttendanceRate;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the jury of a session can award: a learner whose administrative enrolment is a valid
 * registration, who neither withdrew nor failed, whose attendance reaches the micro-certification's
 * threshold, whose assessment on this version's grid passed and counts (identity verified as
 * required), and whom staff did not exclude. Every failing condition is reported, not the first.
 */
public final class JuryEligibility {

  private JuryEligibility() {}

  /** The eligibility of each candidate, in the candidates' order. */
  public static List<Eligibility> of(
      CertificationTerms terms,
      BigDecimal plannedHours,
      List<JuryCandidate> candidates,
      Map<EnrolmentId, Exclusion> exclusions) {
    return candidates.stream()
        .map(c -> of(terms, plannedHours, c, exclusions.get(c.enrolment().enrolmentId())))
        .toList();
  }

  static Eligibility of(
      CertificationTerms terms, BigDecimal plannedHours, JuryCandidate c, Exclusion exclusion) {
    Enrolment e = c.enrolment();
    Set<IneligibilityReason> reasons = EnumSet.noneOf(IneligibilityReason.class);
    if (!e.administrative().status().isValidRegistration()) {
      reasons.add(IneligibilityReason.ADMINISTRATIVE_STATUS);
    }
    PedagogicalStatus p = e.pedagogical().status();
    if (p == PedagogicalStatus.WITHDRAWN || p == PedagogicalStatus.FAILED) {
      reasons.add(IneligibilityReason.PEDAGOGICAL_STATUS);
    }
    BigDecimal percent = null;
    if (c.attendance() == null || c.attendance().hoursRealised() == null) {
      reasons.add(IneligibilityReason.NO_ATTENDANCE);
    } else {
      AttendanceRate rate = c.attendance().rate(plannedHours);
      percent = rate.percent();
      if (!rate.meets(terms.attendanceThresholdPercent())) {
        reasons.add(IneligibilityReason.ATTENDANCE_BELOW_THRESHOLD);
      }
    }
    Assessment a = c.assessment();
    if (a == null) {
      reasons.add(IneligibilityReason.NOT_ASSESSED);
    } else if (!a.version().equals(terms.versionId())) {
      reasons.add(IneligibilityReason.ASSESSMENT_OTHER_VERSION);
    } else {
      if (!a.passed()) {
        reasons.add(IneligibilityReason.ASSESSMENT_FAILED);
      }
      if (!a.identityVerifiedFor(terms)) {
        reasons.add(IneligibilityReason.IDENTITY_NOT_VERIFIED);
      }
    }
    if (exclusion != null) {
      reasons.add(IneligibilityReason.EXCLUDED);
    }
    return new Eligibility(e.enrolmentId(), e.learner(), percent, reasons, exclusion);
  }
}
