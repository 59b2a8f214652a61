package fr.unicamp.common.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;
import org.junit.jupiter.api.Test;

class ActorMayChangeTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  @Test
  void finance_is_refused_with_the_message_of_the_change_it_tried() {
    Actor finance = Actor.user("fanny", Role.FINANCE, ULILLE);
    assertThatThrownBy(() -> finance.requireMayChange("error.session.role", "may not plan"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("fanny may not plan")
        .extracting(e -> ((ForbiddenException) e).messageKey())
        .isEqualTo("error.session.role");
  }

  @Test
  void auditors_and_nobody_are_read_only() {
    for (Actor reader : new Actor[] {Actor.user("odile", Role.AUDITOR, ULILLE), Actor.ANONYMOUS}) {
      assertThatThrownBy(() -> reader.requireMayChange("error.session.role", "may not plan"))
          .isInstanceOf(ForbiddenException.class)
          .extracting(e -> ((ForbiddenException) e).messageKey())
          .isEqualTo("error.read-only");
    }
  }

  @Test
  void staff_admins_and_the_system_may_change() {
    for (Actor writer :
        new Actor[] {
          Actor.user("alice", Role.UNIVERSITY_STAFF, ULILLE),
          Actor.user("admin", Role.CONSORTIUM_ADMIN, ULILLE),
          Actor.system("nightly")
        }) {
      assertThatCode(() -> writer.requireMayChange("error.session.role", "may not plan"))
          .doesNotThrowAnyException();
    }
  }
}
