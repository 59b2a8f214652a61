package fr.unicamp.enrolment.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The stored row gives back the learner it was written from: details, consents, merge. */
class StoredLearnerTest {

  static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);

  /** What the identity column does on insert. */
  static StoredLearner inserted(Learner learner) throws ReflectiveOperationException {
    StoredLearner row = StoredLearner.of(learner);
    Field id = StoredLearner.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(row, learner.id());
    return row;
  }

  @Test
  void keeps_every_detail_and_consent() throws ReflectiveOperationException {
    Learner julie = Learners.stored(5, Learners.julie());
    julie.recordConsent(ConsentKind.PUBLICATION, true, AT);
    julie.recordConsent(ConsentKind.PUBLIC_VERIFICATION_PAGE, false, AT.plusHours(1));

    Learner read = inserted(julie).toLearner();

    assertThat(read.id()).isEqualTo(5L);
    assertThat(read.university()).isEqualTo(Learners.ULILLE);
    assertThat(read.details()).isEqualTo(julie.details());
    assertThat(read.consents()).isEqualTo(julie.consents());
    assertThat(read.isMerged()).isFalse();
  }

  @Test
  void keeps_a_birth_abroad_without_address_and_the_merge() throws ReflectiveOperationException {
    LearnerDetails d = Learners.julie();
    LearnerDetails abroad =
        new LearnerDetails(
            d.civility(),
            d.familyName(),
            "Durand",
            d.givenNames(),
            d.birthDate(),
            new BirthPlace("Liège", null, "BE"),
            "BE",
            d.email(),
            null,
            null,
            null);
    Learner absorbed = Learner.restore(8, Learners.ULILLE, abroad, LearnerId.of(5));

    Learner read = inserted(absorbed).toLearner();

    assertThat(read.details()).isEqualTo(abroad);
    assertThat(read.details().address()).isNull();
    assertThat(read.mergedInto()).contains(LearnerId.of(5));
    assertThat(read.consents()).isEmpty();
  }
}
