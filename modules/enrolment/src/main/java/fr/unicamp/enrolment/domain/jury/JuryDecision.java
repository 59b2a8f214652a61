package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session's jury decision ("procès-verbal de délibération"): who sat, when, and a verdict for
 * every candidate.
 *
 * <p>The jury decides on every eligible learner: it awards, or withholds the award with a comment
 * saying why. It cannot award an ineligible learner; those it does not mention are recorded as not
 * awarded. The decision yields the {@link JuryDecisionRecorded} event listing the enrolments
 * awarded, which the certificates module consumes.
 */
public record JuryDecision(
    UniversityCode university,
    SessionId session,
    MicroCertificationVersionId version,
    LocalDate decidedOn,
    List<String> members,
    List<LearnerVerdict> verdicts) {

  public static final int MAX_MEMBER = 200;

  public JuryDecision {
    members = List.copyOf(members);
    verdicts = List.copyOf(verdicts);
  }

  /**
   * Records the decision on {@code eligibilities} (one per candidate); refused with every problem.
   */
  public static JuryDecision record(
      SessionFacts session,
      List<String> members,
      LocalDate decidedOn,
      List<LearnerVerdict> given,
      List<Eligibility> eligibilities) {
    List<FieldError> errors = new ArrayList<>();
    List<String> names = checkMembers(members, errors);
    if (decidedOn == null) {
      errors.add(FieldError.of("decidedOn", "error.required"));
    }
    Map<EnrolmentId, Eligibility> candidates = new LinkedHashMap<>();
    eligibilities.forEach(e -> candidates.put(e.enrolment(), e));
    Map<EnrolmentId, LearnerVerdict> verdicts = new LinkedHashMap<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "verdicts[" + i + "]";
      LearnerVerdict v = given.get(i);
      Eligibility candidate = candidates.get(v.enrolment());
      if (candidate == null) {
        errors.add(FieldError.of(field, "error.jury.not-a-candidate", v.enrolment().value()));
      } else if (verdicts.putIfAbsent(v.enrolment(), v) != null) {
        errors.add(FieldError.of(field, "error.jury.duplicate-verdict", v.enrolment().value()));
      } else if (v.verdict() == null) {
        errors.add(FieldError.of(field + ".verdict", "error.required"));
      } else if (v.verdict() == Verdict.AWARDED && !candidate.isEligible()) {
        errors.add(
            FieldError.of(
                field,
                "error.jury.not-eligible",
                v.enrolment().value(),
                candidate.reasons().toString()));
      } else if (v.verdict() == Verdict.NOT_AWARDED
          && candidate.isEligible()
          && v.comment() == null) {
        errors.add(FieldError.of(field + ".comment", "error.jury.comment-required"));
      }
    }
    for (Eligibility e : candidates.values()) {
      if (e.isEligible() && !verdicts.containsKey(e.enrolment())) {
        errors.add(FieldError.of("verdicts", "error.jury.verdict-missing", e.enrolment().value()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    List<LearnerVerdict> all = new ArrayList<>();
    for (Eligibility e : candidates.values()) {
      all.add(
          verdicts.getOrDefault(
              e.enrolment(), new LearnerVerdict(e.enrolment(), Verdict.NOT_AWARDED, null)));
    }
    return new JuryDecision(
        session.university(), session.id(), session.terms().versionId(), decidedOn, names, all);
  }

  /** The enrolments awarded, in candidate order. */
  public List<EnrolmentId> awarded() {
    return verdicts.stream()
        .filter(v -> v.verdict() == Verdict.AWARDED)
        .map(LearnerVerdict::enrolment)
        .toList();
  }

  /** The event that tells the certificates module whom to award. */
  public JuryDecisionRecorded event() {
    return new JuryDecisionRecorded(university, session, version, decidedOn, awarded());
  }

  private static List<String> checkMembers(List<String> members, List<FieldError> errors) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> given = members == null ? List.of() : members;
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i) == null ? "" : given.get(i).strip();
      if (name.isEmpty()) {
        errors.add(FieldError.of("members[" + i + "]", "error.required"));
      } else if (name.length() > MAX_MEMBER) {
        errors.add(FieldError.of("members[" + i + "]", "error.text.too-long", MAX_MEMBER));
      } else if (!seen.add(name)) {
        errors.add(FieldError.of("members[" + i + "]", "error.jury.duplicate-member", name));
      } else {
        names.add(name);
      }
    }
    if (given.isEmpty()) {
      errors.add(FieldError.of("members", "error.jury.members-required"));
    }
    return names;
  }
}
