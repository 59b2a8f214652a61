package fr.unicamp.enrolment.domain.jury;

import static fr.unicamp.enrolment.domain.jury.Candidates.PLANNED;
import static fr.unicamp.enrolment.domain.jury.Candidates.SESSION;
import static fr.unicamp.enrolment.domain.jury.Candidates.TERMS;
import static fr.unicamp.enrolment.domain.jury.Candidates.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JuryDecisionTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 12, 15);
  private static final List<String> MEMBERS = List.of("Pr. Durand", "Mme Leroy");

  /** Enrolments 1 and 2 eligible, 3 not (no attendance, no assessment). */
  private static final List<Eligibility> ELIGIBILITIES =
      JuryEligibility.of(
          TERMS,
          PLANNED,
          List.of(
              good(1),
              good(2),
              new JuryCandidate(
                  Candidates.enrolment(
                      3, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS),
                  null,
                  null)),
          Map.of());

  private static LearnerVerdict verdict(long id, Verdict v, String comment) {
    return new LearnerVerdict(EnrolmentId.of(id), v, comment);
  }

  @Test
  void records_a_verdict_per_candidate_and_yields_the_awarded_enrolments_as_the_event() {
    JuryDecision d =
        JuryDecision.record(
            SESSION,
            MEMBERS,
            DECIDED,
            List.of(
                verdict(2, Verdict.AWARDED, null),
                verdict(1, Verdict.NOT_AWARDED, "Plagiat avéré")),
            ELIGIBILITIES);

    assertThat(d.verdicts())
        .containsExactly(
            verdict(1, Verdict.NOT_AWARDED, "Plagiat avéré"),
            verdict(2, Verdict.AWARDED, null),
            verdict(3, Verdict.NOT_AWARDED, null));
    assertThat(d.awarded()).containsExactly(EnrolmentId.of(2));
    assertThat(d.event())
        .isEqualTo(
            new JuryDecisionRecorded(
                SESSION.university(),
                SESSION.id(),
                TERMS.versionId(),
                DECIDED,
                List.of(EnrolmentId.of(2))));
    assertThat(d.members()).containsExactly("Pr. Durand", "Mme Leroy");
  }

  @Test
  void refuses_every_inconsistent_verdict_at_once() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                JuryDecision.record(
                    SESSION,
                    List.of("Pr. Durand", " ", "Pr. Durand"),
                    null,
                    List.of(
                        verdict(3, Verdict.AWARDED, null),
                        verdict(1, Verdict.NOT_AWARDED, " "),
                        verdict(99, Verdict.AWARDED, null),
                        verdict(3, Verdict.NOT_AWARDED, null)),
                    ELIGIBILITIES));

    assertThat(error.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "members[1]:error.required",
            "members[2]:error.jury.duplicate-member",
            "decidedOn:error.required",
            "verdicts[0]:error.jury.not-eligible",
            "verdicts[1].comment:error.jury.comment-required",
            "verdicts[2]:error.jury.not-a-candidate",
            "verdicts[3]:error.jury.duplicate-verdict",
            "verdicts:error.jury.verdict-missing");
    assertThat(error.fieldErrors().get(3).arguments())
        .containsExactly(3L, "[NO_ATTENDANCE, NOT_ASSESSED]");
    assertThat(error.fieldErrors().get(7).arguments()).containsExactly(2L);
  }

  @Test
  void a_jury_has_members() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                JuryDecision.record(
                    SESSION,
                    List.of(),
                    DECIDED,
                    List.of(verdict(1, Verdict.AWARDED, null), verdict(2, Verdict.AWARDED, null)),
                    ELIGIBILITIES));

    assertThat(error.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly("members:error.jury.members-required");
  }

  @Test
  void a_session_where_nobody_is_awarded_still_yields_its_event() {
    JuryDecision d =
        JuryDecision.record(
            SESSION,
            MEMBERS,
            DECIDED,
            List.of(
                verdict(1, Verdict.NOT_AWARDED, "Absent"),
                verdict(2, Verdict.NOT_AWARDED, "Absent")),
            ELIGIBILITIES);

    assertThat(d.event().awarded()).isEmpty();
  }
}
