package fr.unicamp.enrolment.domain.learner;

import static fr.unicamp.enrolment.domain.learner.Learners.julie;
import static fr.unicamp.enrolment.domain.learner.Learners.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateDetectionTest {

  private final LearnerDetails probe = julie();

  @Test
  void finds_the_same_email_whatever_its_case_and_spaces() {
    Learner other =
        stored(2, Learners.withIne(Learners.withEmail(julie(), " JULIE.M@example.org "), null));

    assertThat(DuplicateDetection.candidates(probe, null, List.of(other)))
        .containsExactly(
            new DuplicateCandidate(LearnerId.of(2), Set.of(DuplicateReason.SAME_EMAIL)));
  }

  @Test
  void finds_the_same_ine_only_with_the_same_birth_date() {
    LearnerDetails sameIne = Learners.withEmail(julie(), "other@example.org");
    Learner twin = stored(3, sameIne);
    Learner otherBirth = stored(4, Learners.withBirthDate(sameIne, LocalDate.of(1988, 4, 13)));

    assertThat(DuplicateDetection.candidates(probe, null, List.of(otherBirth, twin)))
        .containsExactly(
            new DuplicateCandidate(
                LearnerId.of(3), Set.of(DuplicateReason.SAME_INE_AND_BIRTH_DATE)));
  }

  @Test
  void lists_both_reasons_once_per_candidate_ordered_by_id() {
    Learner both = stored(9, julie());
    Learner email = stored(5, Learners.withIne(julie(), "99999999999"));

    assertThat(DuplicateDetection.candidates(probe, null, List.of(both, email, both)))
        .containsExactly(
            new DuplicateCandidate(LearnerId.of(5), Set.of(DuplicateReason.SAME_EMAIL)),
            new DuplicateCandidate(
                LearnerId.of(9),
                Set.of(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_INE_AND_BIRTH_DATE)));
  }

  @Test
  void never_proposes_the_learner_itself_merged_records_or_unknown_ines() {
    Learner self = stored(1, julie());
    Learner merged = Learner.restore(2, Learners.ULILLE, julie(), LearnerId.of(1));
    LearnerDetails noIne = Learners.withIne(Learners.withEmail(julie(), "a@example.org"), null);
    Learner alsoNoIne = stored(3, Learners.withEmail(noIne, "b@example.org"));

    assertThat(DuplicateDetection.candidates(julie(), LearnerId.of(1), List.of(self, merged)))
        .isEmpty();
    assertThat(DuplicateDetection.candidates(noIne, null, List.of(alsoNoIne))).isEmpty();
  }
}
